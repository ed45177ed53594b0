#include "http/local_path.h"

namespace safeboard::http {

bool IsLocalPath(std::string_view path) {
  constexpr std::size_t kMaxLength = 2000;
  if (path.empty() || path.size() > kMaxLength || path.front() != '/') return false;
  if (path.size() > 1 && (path[1] == '/' || path[1] == '\\')) return false;
  for (unsigned char c : path)
    if (c <= 0x20 || c >= 0x7f || c == '\\') return false;
  return true;
}

}  // namespace safeboard::http
