// multipart/form-data decoding.
#include "http/multipart.h"

#include <algorithm>
#include <cctype>

namespace safeboard::http {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The value of `param` in a header like: form-data; name="paper"; filename="a.pdf"
std::optional<std::string> Param(std::string_view header, std::string_view param) {
  std::string lower = Lower(header);
  std::size_t at = 0;
  while ((at = lower.find(param, at)) != std::string::npos) {
    bool starts_word = at == 0 || lower[at - 1] == ' ' || lower[at - 1] == ';' || lower[at - 1] == '\t';
    std::size_t eq = at + param.size();
    if (starts_word && eq < header.size() && header[eq] == '=') {
      std::size_t v = eq + 1;
      if (v < header.size() && header[v] == '"') {
        auto end = header.find('"', v + 1);
        if (end == std::string_view::npos) return std::nullopt;
        return std::string(header.substr(v + 1, end - v - 1));
      }
      auto end = header.find(';', v);
      return std::string(Trim(header.substr(v, end == std::string_view::npos ? std::string_view::npos : end - v)));
    }
    at = eq;
  }
  return std::nullopt;
}

}  // namespace

std::string MultipartBoundary(std::string_view content_type) {
  if (Lower(Trim(content_type.substr(0, content_type.find(';')))) != "multipart/form-data") return "";
  auto boundary = Param(content_type, "boundary");
  if (!boundary || boundary->empty() || boundary->size() > 200) return "";
  return *boundary;
}

std::optional<std::vector<Part>> ParseMultipart(std::string_view body, std::string_view boundary) {
  if (boundary.empty()) return std::nullopt;
  std::string delimiter = "--" + std::string(boundary);
  std::vector<Part> parts;
  auto at = body.find(delimiter);
  if (at == std::string_view::npos) return std::nullopt;
  at += delimiter.size();
  while (true) {
    if (body.substr(at, 2) == "--") return parts;  // closing delimiter
    if (body.substr(at, 2) != "\r\n") return std::nullopt;
    at += 2;
    auto head_end = body.find("\r\n\r\n", at);
    if (head_end == std::string_view::npos) return std::nullopt;
    Part part;
    bool named = false;
    std::string_view head = body.substr(at, head_end - at);
    while (!head.empty()) {
      auto line_end = head.find("\r\n");
      std::string_view line = head.substr(0, line_end);
      head = line_end == std::string_view::npos ? std::string_view() : head.substr(line_end + 2);
      auto colon = line.find(':');
      if (colon == std::string_view::npos) continue;
      std::string name = Lower(Trim(line.substr(0, colon)));
      std::string_view value = Trim(line.substr(colon + 1));
      if (name == "content-disposition") {
        if (auto n = Param(value, "name")) {
          part.name = *n;
          named = true;
        }
        part.file_name = Param(value, "filename");
      } else if (name == "content-type") {
        part.content_type = std::string(value);
      }
    }
    std::size_t data_start = head_end + 4;
    auto next = body.find("\r\n" + delimiter, data_start);
    if (next == std::string_view::npos) return std::nullopt;
    part.data = std::string(body.substr(data_start, next - data_start));
    if (named) parts.push_back(std::move(part));
    at = next + 2 + delimiter.size();
    if (parts.size() > 100) return std::nullopt;
  }
}

}  // namespace safeboard::http
