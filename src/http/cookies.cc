#include "http/cookies.h"

#include <chrono>

#include "auth/accounts.h"

namespace safeboard::http {

std::string PreSessionCsrfCookieName(bool secure) {
  return secure ? "__Host-safeboard_csrf" : "safeboard_csrf";
}

std::string SessionCookieName(bool secure) { return secure ? "__Host-safeboard" : "safeboard"; }

std::string SessionCookie(bool secure, const std::string& token, bool expire) {
  // RULE: DESIGN - __Host- prefix, HttpOnly, Secure, SameSite=Lax.
  std::string cookie = SessionCookieName(secure) + "=" + token + "; Path=/; HttpOnly; SameSite=Lax";
  if (secure) cookie += "; Secure";
  if (expire) cookie += "; Max-Age=0";
  return cookie;
}

std::string KnownBrowserCookieName(bool secure) {
  return secure ? "__Host-safeboard_browser" : "safeboard_browser";
}

std::string KnownBrowserCookie(bool secure, const std::string& token) {
  auto max_age = std::chrono::duration_cast<std::chrono::seconds>(auth::kKnownBrowserLifetime).count();
  std::string cookie = KnownBrowserCookieName(secure) + "=" + token +
                       "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age);
  if (secure) cookie += "; Secure";
  return cookie;
}

}  // namespace safeboard::http
