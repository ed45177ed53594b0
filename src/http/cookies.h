// The cookies safeboard sets: the session, the sign-in form's CSRF token before a session, and
// the known browser the sign-in throttle reads (issue 12). Each takes the __Host- prefix, and
// Secure, except on the plain-HTTP local demo (--insecure-cookies).
#pragma once
#include <string>

namespace safeboard::http {

// The session cookie's name: "__Host-safeboard" when secure, "safeboard" for plain HTTP.
std::string SessionCookieName(bool secure);
std::string SessionCookie(bool secure, const std::string& token, bool expire);
// RULE: issue 12 - the sign-in form's double-submit cookie takes the __Host- prefix when secure,
// so no subdomain or plain-HTTP page can plant one.
std::string PreSessionCsrfCookieName(bool secure);
// "__Host-safeboard_browser" when secure, "safeboard_browser" for plain HTTP.
std::string KnownBrowserCookieName(bool secure);
std::string KnownBrowserCookie(bool secure, const std::string& token);

}  // namespace safeboard::http
