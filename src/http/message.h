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
  std::string remote_address;  // the client: the socket's peer, or from a trusted proxy

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

// RULE: issue 12 - no header may carry CR, LF or NUL (response splitting): a name is an RFC 9110
// token, a value holds visible characters, spaces and tabs only.
bool IsSafeHeaderName(std::string_view name);
bool IsSafeHeaderValue(std::string_view value);
// The one check every response passes before it is written (http/server.cc): the response as it
// is when every header is safe; otherwise a plain 500 in its place, so no handler's mistake (or
// attacker's text in a header) ever reaches the wire. `refused` names the first bad header.
Response RefuseUnsafeHeaders(Response response, std::string* refused = nullptr);

// RULE: DESIGN - the security headers on every response, whoever builds it (the application,
// or the server itself for 400, 413 and 503). no-store when a session may be involved.
void AddSecurityHeaders(Response& response, bool authenticated);
// A plain-text response with the security headers, for answers the server gives on its own.
Response PlainResponse(int status, std::string body);

}  // namespace safeboard::http
