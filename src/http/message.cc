// Request and response helpers.
#include "http/message.h"

#include <strings.h>

namespace safeboard::http {
namespace {
bool SameName(std::string_view a, std::string_view b) {
  return a.size() == b.size() && ::strncasecmp(a.data(), b.data(), a.size()) == 0;
}
}  // namespace

std::string_view Request::Header(std::string_view lower_name) const {
  for (const auto& [name, value] : headers)
    if (name == lower_name) return value;
  return {};
}

void Response::SetHeader(std::string name, std::string value) {
  for (auto& [n, v] : headers)
    if (SameName(n, name)) {
      v = std::move(value);
      return;
    }
  headers.emplace_back(std::move(name), std::move(value));
}

std::string_view Response::Header(std::string_view name) const {
  for (const auto& [n, v] : headers)
    if (SameName(n, name)) return v;
  return {};
}

bool IsSafeHeaderName(std::string_view name) {
  if (name.empty()) return false;
  for (unsigned char c : name) {
    bool token = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                 std::string_view("!#$%&'*+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
    if (!token) return false;
  }
  return true;
}

bool IsSafeHeaderValue(std::string_view value) {
  for (unsigned char c : value)
    if ((c < 0x20 && c != '\t') || c == 0x7f) return false;
  return true;
}

Response RefuseUnsafeHeaders(Response response, std::string* refused) {
  for (const auto& [name, value] : response.headers) {
    if (IsSafeHeaderName(name) && IsSafeHeaderValue(value)) continue;
    if (refused) *refused = IsSafeHeaderName(name) ? name : "(a header with an unsafe name)";
    return PlainResponse(500, "Sorry, there is a problem with the service.");
  }
  return response;
}

void AddSecurityHeaders(Response& r, bool authenticated) {
  r.SetHeader("Content-Security-Policy",
              "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
              "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
              "frame-ancestors 'none'");
  r.SetHeader("X-Content-Type-Options", "nosniff");
  r.SetHeader("X-Frame-Options", "DENY");
  r.SetHeader("Referrer-Policy", "same-origin");
  r.SetHeader("Cross-Origin-Opener-Policy", "same-origin");
  r.SetHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  // RULE: DESIGN - no-store on authenticated pages, so nothing sensitive stays in caches.
  if (authenticated || r.Header("Cache-Control").empty())
    r.SetHeader("Cache-Control", authenticated ? "no-store" : "no-cache");
}

Response PlainResponse(int status, std::string body) {
  Response r{status, {{"Content-Type", "text/plain; charset=utf-8"}}, std::move(body)};
  AddSecurityHeaders(r, false);
  return r;
}

}  // namespace safeboard::http
