#include "core/network/network.hpp"

namespace fontshade {


ForwardRecord forward(const Parameters& p, const Input& X, Activation a) {
  ForwardRecord f;
  forward(p, X, a, f);
  return f;
}



BackwardRecord backward(const Parameters& p, const Input& X, double Y, const ForwardRecord& f, Activation a,
                        Cost c, GradientMode g) {
  BackwardRecord b;
  backward(p, X, Y, f, a, c, b, g);
  return b;
}


double predict(const Parameters& p, const Input& X, Activation a) {
  ForwardRecord f;
  forward(p, X, a, f);
  return f.A2;
}

}  // namespace fontshade
