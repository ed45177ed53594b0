#include "smtp_sink.h"

#include <boost/asio.hpp>

#include <condition_variable>
#include <mutex>
#include <thread>

#include "core/base64.h"

namespace safeboard::testing {

namespace asio = boost::asio;
using asio::ip::tcp;

struct SmtpSink::State {
  asio::io_context io;
  tcp::acceptor acceptor{io, tcp::endpoint(asio::ip::make_address("127.0.0.1"), 0)};
  std::mutex mutex;
  std::condition_variable arrived;
  std::vector<SunkMessage> messages;
  std::thread thread;
  bool stopping = false;

  // One SMTP session, in order: greeting, then a reply to each command; DATA until "\r\n.\r\n".
  void Session(tcp::socket socket) {
    asio::streambuf buffer;
    boost::system::error_code ec;
    auto reply = [&](const std::string& line) { asio::write(socket, asio::buffer(line + "\r\n"), ec); };
    auto read_line = [&]() -> std::optional<std::string> {
      asio::read_until(socket, buffer, "\r\n", ec);
      if (ec) return std::nullopt;
      std::istream in(&buffer);
      std::string line;
      std::getline(in, line);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line;
    };
    reply("220 safeboard-test-sink ESMTP");
    SunkMessage current;
    while (auto line = read_line()) {
      std::string command = line->substr(0, 4);
      for (auto& c : command) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      if (command == "EHLO" || command == "HELO") {
        reply("250 safeboard-test-sink");
      } else if (command == "MAIL") {
        current = {};
        current.mail_from = line->substr(line->find(':') + 1);
        reply("250 OK");
      } else if (command == "RCPT") {
        current.recipients.push_back(line->substr(line->find(':') + 1));
        reply("250 OK");
      } else if (command == "DATA") {
        reply("354 End data with <CR><LF>.<CR><LF>");
        std::string data;
        while (auto body_line = read_line()) {
          if (*body_line == ".") break;
          data += (body_line->starts_with("..") ? body_line->substr(1) : *body_line) + "\r\n";
        }
        current.data = data;
        {
          std::lock_guard lock(mutex);
          messages.push_back(current);
        }
        arrived.notify_all();
        reply("250 OK: queued");
      } else if (command == "QUIT") {
        reply("221 Bye");
        return;
      } else {
        reply("250 OK");  // RSET, NOOP
      }
    }
  }
};

SmtpSink::SmtpSink() : state_(std::make_unique<State>()) {
  state_->thread = std::thread([state = state_.get()] {
    while (true) {
      boost::system::error_code ec;
      tcp::socket socket(state->io);
      state->acceptor.accept(socket, ec);
      {
        std::lock_guard lock(state->mutex);
        if (state->stopping) return;
      }
      if (!ec) state->Session(std::move(socket));
    }
  });
}

SmtpSink::~SmtpSink() {
  {
    std::lock_guard lock(state_->mutex);
    state_->stopping = true;
  }
  // Wake the blocking accept with a connection of our own.
  boost::system::error_code ec;
  tcp::socket poke(state_->io);
  poke.connect(state_->acceptor.local_endpoint(), ec);
  state_->thread.join();
}

unsigned short SmtpSink::port() const { return state_->acceptor.local_endpoint().port(); }

std::vector<SunkMessage> SmtpSink::WaitFor(std::size_t count, std::chrono::seconds timeout) {
  std::unique_lock lock(state_->mutex);
  state_->arrived.wait_for(lock, timeout, [&] { return state_->messages.size() >= count; });
  return state_->messages;
}

std::vector<SunkMessage> SmtpSink::Messages() {
  std::lock_guard lock(state_->mutex);
  return state_->messages;
}

std::string SunkMessage::Header(const std::string& name) const {
  std::string headers = data.substr(0, data.find("\r\n\r\n"));
  std::string wanted = name + ":";
  std::size_t at = 0;
  while (at < headers.size()) {
    auto end = headers.find("\r\n", at);
    if (end == std::string::npos) end = headers.size();
    if (headers.compare(at, wanted.size(), wanted) == 0) {
      std::string value = headers.substr(at + wanted.size(), end - at - wanted.size());
      // Folded lines continue the value.
      while (end + 2 < headers.size() && (headers[end + 2] == ' ' || headers[end + 2] == '\t')) {
        auto next = headers.find("\r\n", end + 2);
        if (next == std::string::npos) next = headers.size();
        value += headers.substr(end + 2, next - end - 2);
        end = next;
      }
      auto first = value.find_first_not_of(' ');
      return first == std::string::npos ? "" : value.substr(first);
    }
    at = end + 2;
  }
  return "";
}

std::string SunkMessage::Body() const {
  auto start = data.find("\r\n\r\n");
  if (start == std::string::npos) return "";
  std::string encoded;
  for (char c : data.substr(start + 4))
    if (c != '\r' && c != '\n') encoded += c;
  return core::Base64Decode(encoded).value_or("(not base64)");
}

std::string SunkMessage::Subject() const {
  std::string value = Header("Subject"), out;
  std::size_t at = 0;
  while (at < value.size()) {
    auto word = value.find("=?UTF-8?B?", at);
    if (word == std::string::npos) {
      out += value.substr(at);
      break;
    }
    auto end = value.find("?=", word + 10);
    out += core::Base64Decode(value.substr(word + 10, end - word - 10)).value_or("");
    at = end + 2;
    while (at < value.size() && value[at] == ' ') ++at;  // between encoded words
  }
  return out;
}

}  // namespace safeboard::testing
