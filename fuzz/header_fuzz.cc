// libFuzzer target: response header values (issue 12). Whatever text a handler puts in a header,
// once the response has passed http::RefuseUnsafeHeaders (as every response does before the
// server writes it) and Beast has serialised it as the server does, the head holds exactly the
// status line and one line per header: no CR, LF or NUL of the input reaches the wire.
#include <boost/beast/http.hpp>

#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "http/message.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace bhttp = boost::beast::http;
  if (size == 0) return 0;
  std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::size_t name_length = std::min<std::size_t>(data[0] % 24, input.size());
  std::string name(input.substr(0, name_length));
  std::string value(input.substr(name_length));
  safeboard::http::Response response{303, {{"Location", value}, {"Set-Cookie", "a=b"}}, "body"};
  if (!name.empty()) response.headers.emplace_back(name, value);
  response = safeboard::http::RefuseUnsafeHeaders(std::move(response));

  bhttp::response<bhttp::string_body> message(static_cast<bhttp::status>(response.status), 11);
  for (const auto& [n, v] : response.headers) message.insert(n, v);
  message.body() = response.body;
  message.prepare_payload();
  std::ostringstream wire;
  wire << message;
  std::string text = wire.str();
  std::size_t head_end = text.find("\r\n\r\n");
  if (head_end == std::string::npos) __builtin_trap();
  std::string_view head(text.data(), head_end + 2);
  std::size_t lines = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    char c = head[i];
    if (c == '\0') __builtin_trap();
    if (c == '\r' && (i + 1 >= head.size() || head[i + 1] != '\n')) __builtin_trap();
    if (c == '\n' && (i == 0 || head[i - 1] != '\r')) __builtin_trap();
    if (c == '\n') ++lines;
  }
  // The status line, the headers, and Content-Length from prepare_payload.
  if (lines != 1 + response.headers.size() + 1) __builtin_trap();
  if (std::string_view(text).substr(head_end + 4) != response.body) __builtin_trap();
  return 0;
}
