// Model files: a saved model reads back exactly; every malformed file gets its exact error.
#include "fixtures.hpp"
