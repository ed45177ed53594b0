// The application behind the server: turns a Request into a Response. Finds the route, loads
// the session and the partnership, derives the role, enforces the route's permission and CSRF,
// runs the handler on a pooled connection, and adds the security headers to every response.
#pragma once
#include <map>
#include <string>

#include "core/clock.h"
#include "http/message.h"
#include "storage/database.h"

namespace safeboard::http {

struct AppOptions {
  bool secure_cookies = true;  // false only for the plain-HTTP local demo (--insecure-cookies)
  std::string static_dir;      // built front end (app.css, app.js, assets/)
};

class App {
 public:
  App(storage::ConnectionPool& pool, const core::Clock& clock, AppOptions options);
  Response Handle(const Request& request);
  bool IsSlow(const Request& request) const;

 private:
  Response Dispatch(const Request& request);
  Response ServeStatic(const Request& request);
  void LoadStaticFiles();

  storage::ConnectionPool& pool_;
  const core::Clock& clock_;
  AppOptions options_;
  struct StaticFile {
    std::string content_type;
    std::string body;
  };
  std::map<std::string, StaticFile, std::less<>> static_files_;
};

// The session cookie's name: "__Host-safeboard" when secure, "safeboard" for plain HTTP.
std::string SessionCookieName(bool secure);
std::string SessionCookie(bool secure, const std::string& token, bool expire);
// The known-browser cookie the sign-in throttle reads (issue 12): "__Host-safeboard_browser"
// when secure, "safeboard_browser" for plain HTTP.
std::string KnownBrowserCookieName(bool secure);
std::string KnownBrowserCookie(bool secure, const std::string& token);

}  // namespace safeboard::http
