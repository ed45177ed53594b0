// Decoding multipart/form-data (RFC 7578) bodies: the paper upload form. Hostile input gives
// nullopt or the parts that could be read; it never throws or reads out of bounds.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeboard::http {

struct Part {
  std::string name;
  std::optional<std::string> file_name;  // set for file fields
  std::string content_type;
  std::string data;
};

// The boundary from a Content-Type header, or "" when it is not multipart/form-data.
std::string MultipartBoundary(std::string_view content_type);

// The parts of a body, or nullopt if it is not well formed.
std::optional<std::vector<Part>> ParseMultipart(std::string_view body, std::string_view boundary);

}  // namespace safeboard::http
