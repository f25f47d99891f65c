#pragma once
#include <string>

#include "core/network/parameters.hpp"

namespace fontshade::app {

// coefs_ and intercepts_ laid out as a notebook prints scikit-learn's lists of arrays:
//   coefs_ = [array([[-0.85039307,  3.69708917, -0.27944630],
//                    ...]),
//             array([[-3.56384508],
//                    ...])]
//   intercepts_ = [array([ 2.52928758, -3.93634202,  3.17526152]), array([-2.07267254])]
// coefs_[0][l][j] is w_hidden[j][l]. Pixel-free: the batch panel draws it in the mono font.
std::string sklearn_coefs_text(const Parameters& p);

}  // namespace fontshade::app
