#pragma once
// What the harnesses check besides "no crash": a broken invariant is a crash too, so libFuzzer keeps
// the input. The message says which invariant, before the trap.
#include <cstdio>

#define FUZZ_INVARIANT(condition)                                                   \
  do {                                                                              \
    if (!(condition)) {                                                             \
      std::fprintf(stderr, "invariant violated: %s (%s:%d)\n", #condition, __FILE__, __LINE__); \
      __builtin_trap();                                                             \
    }                                                                               \
  } while (0)
