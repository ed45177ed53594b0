// Where a redirect may send the browser after sign-in ("next"): only a path of this site.
#pragma once
#include <string_view>

namespace safeboard::http {

// RULE: issue 12 - no open redirect: true only for "/" followed by printable ASCII with no
// backslash, where the second character is not "/" (a network-path reference such as
// "//evil.example"). Browsers read "\" as "/" and drop tabs and newlines, so "/\evil.example"
// and "/<TAB>/evil.example" leave the site: both are refused, as are spaces, controls, non-ASCII
// (send it percent-encoded) and anything longer than 2,000 characters. A path cannot carry a
// scheme, so "javascript:" and "https:" are refused by the first rule.
bool IsLocalPath(std::string_view path);

}  // namespace safeboard::http
