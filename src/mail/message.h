// An email as safeboard sends it: plain text in UTF-8, to one person, rendered as an RFC 5322
// message for the SMTP client. Pure: no I/O.
#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace safeboard::mail {

struct MailMessage {
  std::string to_address;
  std::string to_name;
  std::string subject;
  std::string body;  // plain text; lines end "\n"
};

// Why the message cannot be sent as it is, or nullopt.
// RULE: issue 15 - a header value never holds a line break (so nothing a user typed can add a
// header), the address looks like one, and the subject is one line.
std::optional<std::string> MailProblem(const MailMessage& message);

// A header value as RFC 2047 words when it is not plain ASCII: "=?UTF-8?B?...?=".
std::string EncodeHeaderText(std::string_view text);

struct Sender {
  std::string address;  // "safeboard@northshire.example"
  std::string name;     // "Northshire Safeguarding Children Partnership"
};

// The whole message: From, To, Subject, Date, Message-ID, MIME headers, and the body in base64
// (lines of 76), with CRLF line ends. REQUIRES: !MailProblem(message).
std::string RenderMessage(const MailMessage& message, const Sender& from, const std::string& message_id,
                          std::chrono::system_clock::time_point at);

// RULE: issue 15 - a message that could not be sent is tried again after 1, 2, 4, ... minutes (at
// most 6 hours apart), and given up after 10 attempts: `attempts` is how many have failed.
std::optional<std::chrono::seconds> RetryAfter(int attempts);

}  // namespace safeboard::mail
