// Plain HTTP request and response values. Handlers, views and the API see only these; Beast
// stays inside http/server.cc.
#pragma once
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace safeboard::http {

struct Request {
  std::string method;          // "GET", "POST", ...
  std::string target;          // as sent: "/p/mk/groups/3?on=2011-09-01"
  std::string path;            // percent-decoded path without the query: "/p/mk/groups/3"
  std::string query;           // raw query string without '?': "on=2011-09-01"
  std::vector<std::pair<std::string, std::string>> headers;  // names lower-cased
  std::string body;
  std::string remote_address;  // "127.0.0.1"

  // The first header with this (lower-case) name, or "".
  std::string_view Header(std::string_view lower_name) const;
};

struct Response {
  int status = 200;
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;

  void SetHeader(std::string name, std::string value);
  std::string_view Header(std::string_view name) const;  // case-insensitive
};

}  // namespace safeboard::http
