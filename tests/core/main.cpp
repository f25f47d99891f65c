// Catch2's own main(); every other file here holds the tests of one concept.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
