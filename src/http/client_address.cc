#include "http/client_address.h"

#include <arpa/inet.h>

#include <algorithm>

namespace safeboard::http {
namespace {

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string CanonicalAddress(std::string_view text) {
  if (text.empty() || text.size() > 64) return "";
  std::string copy(text);
  char out[INET6_ADDRSTRLEN];
  unsigned char v4[4];
  if (::inet_pton(AF_INET, copy.c_str(), v4) == 1)
    return ::inet_ntop(AF_INET, v4, out, sizeof out) ? out : "";
  unsigned char v6[16];
  if (::inet_pton(AF_INET6, copy.c_str(), v6) == 1)
    return ::inet_ntop(AF_INET6, v6, out, sizeof out) ? out : "";
  return "";
}

std::string ClientAddress(std::string_view peer, const std::vector<std::string_view>& forwarded_for,
                          const std::vector<std::string>& trusted_proxies) {
  auto trusted = [&](const std::string& address) {
    return std::find(trusted_proxies.begin(), trusted_proxies.end(), address) != trusted_proxies.end();
  };
  std::string from = CanonicalAddress(peer);
  if (from.empty()) from = std::string(peer);
  if (!trusted(from)) return from;
  std::vector<std::string_view> hops;
  for (auto header : forwarded_for) {
    while (!header.empty()) {
      auto comma = header.find(',');
      hops.push_back(TrimSpaces(header.substr(0, comma)));
      if (comma == std::string_view::npos) break;
      header.remove_prefix(comma + 1);
    }
  }
  for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
    std::string address = CanonicalAddress(*hop);
    if (address.empty()) return from;  // a hop the proxy did not write: believe nothing past it
    if (!trusted(address)) return address;
  }
  return from;
}

}  // namespace safeboard::http
