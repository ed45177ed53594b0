#include "mail/message.h"

#include <ctime>

#include "core/base64.h"
#include "core/form_fields.h"

namespace safeboard::mail {
namespace {

bool HasLineBreak(std::string_view text) { return text.find_first_of("\r\n") != std::string_view::npos; }

bool IsPlainAscii(std::string_view text) {
  for (unsigned char c : text)
    if (c < 0x20 || c > 0x7e) return false;
  return true;
}

// "Thu, 03 Dec 2026 19:22:00 +0000"
std::string Rfc5322Date(std::chrono::system_clock::time_point at) {
  std::time_t t = std::chrono::system_clock::to_time_t(at);
  std::tm utc{};
  gmtime_r(&t, &utc);
  char text[64];
  std::strftime(text, sizeof text, "%a, %d %b %Y %H:%M:%S +0000", &utc);
  return text;
}

// A display name and address: "Zoë" <zoe@x> with the name encoded when it needs to be.
std::string Mailbox(const std::string& name, const std::string& address) {
  if (name.empty()) return "<" + address + ">";
  if (IsPlainAscii(name)) {
    std::string quoted;
    for (char c : name) {
      if (c == '"' || c == '\\') quoted += '\\';
      quoted += c;
    }
    return "\"" + quoted + "\" <" + address + ">";
  }
  return EncodeHeaderText(name) + " <" + address + ">";
}

}  // namespace

std::optional<std::string> MailProblem(const MailMessage& m) {
  if (!core::LooksLikeEmail(m.to_address) || HasLineBreak(m.to_address) ||
      m.to_address.find_first_of("<>\" ,;") != std::string::npos)
    return "\"" + m.to_address + "\" is not an email address";
  if (HasLineBreak(m.to_name)) return "The recipient's name has a line break";
  if (m.subject.empty()) return "The message has no subject";
  if (HasLineBreak(m.subject)) return "The subject has a line break";
  return std::nullopt;
}

std::string EncodeHeaderText(std::string_view text) {
  if (IsPlainAscii(text)) return std::string(text);
  // Encoded words are at most 75 characters: split the text into pieces of 45 bytes (60 in
  // base64) without cutting a UTF-8 character, one word each, folded onto new lines.
  std::string out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = std::min(text.size(), start + 45);
    while (end < text.size() && end > start && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    if (!out.empty()) out += "\r\n ";
    out += "=?UTF-8?B?" + core::Base64Encode(text.substr(start, end - start)) + "?=";
    start = end;
  }
  return out;
}

std::string RenderMessage(const MailMessage& m, const Sender& from, const std::string& message_id,
                          std::chrono::system_clock::time_point at) {
  std::string body;
  for (char c : m.body) {
    if (c == '\r') continue;
    if (c == '\n') body += "\r\n";
    else body += c;
  }
  std::string encoded = core::Base64Encode(body);
  std::string out;
  out += "From: " + Mailbox(from.name, from.address) + "\r\n";
  out += "To: " + Mailbox(m.to_name, m.to_address) + "\r\n";
  out += "Subject: " + EncodeHeaderText(m.subject) + "\r\n";
  out += "Date: " + Rfc5322Date(at) + "\r\n";
  out += "Message-ID: <" + message_id + ">\r\n";
  out += "MIME-Version: 1.0\r\n";
  out += "Content-Type: text/plain; charset=UTF-8\r\n";
  out += "Content-Transfer-Encoding: base64\r\n";
  out += "\r\n";
  for (std::size_t i = 0; i < encoded.size(); i += 76) out += encoded.substr(i, 76) + "\r\n";
  return out;
}

std::optional<std::chrono::seconds> RetryAfter(int attempts) {
  if (attempts >= 10) return std::nullopt;
  std::chrono::seconds wait = std::chrono::minutes(1) * (1 << std::max(0, attempts - 1));
  return std::min<std::chrono::seconds>(wait, std::chrono::hours(6));
}

}  // namespace safeboard::mail
