// The application behind the server: turns a Request into a Response. Finds the route, loads
// the session and the partnership, derives the role, enforces the route's permission and CSRF,
// runs the handler on a pooled connection, and adds the security headers to every response.
#pragma once
#include <map>
#include <string>

#include "core/clock.h"
#include "http/message.h"
#include "storage/database.h"

namespace safeboard::app {

struct AppOptions {
  bool secure_cookies = true;  // false only for the plain-HTTP local demo (--insecure-cookies)
  std::string static_dir;      // built front end (app.css, app.js, assets/)
  bool mail_enabled = false;   // serve --smtp: handlers queue email in the outbox
  std::string base_url;        // serve --base-url: how links in email begin ("https://board.example")
  // serve --public-host: host names that serve a board's public site at their root (issue 18),
  // by host name (lower case, no port): the partnership's slug.
  std::map<std::string, std::string> public_hosts;
};

class App {
 public:
  App(storage::ConnectionPool& pool, const core::Clock& clock, AppOptions options);
  http::Response Handle(const http::Request& request);
  bool IsSlow(const http::Request& request) const;

 private:
  http::Response Dispatch(const http::Request& request);
  http::Response ServeStatic(const http::Request& request);
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

}  // namespace safeboard::app
