// The HTTP server on Boost.Beast. This is the only file that includes Beast (it takes ~20 s
// to compile); everything else sees http/message.h.
#include "http/server.h"

#include <boost/asio.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <atomic>
#include <iostream>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "http/client_address.h"
#include "http/form.h"

namespace safeboard::http {
namespace {

namespace beast = boost::beast;
namespace bhttp = beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

constexpr auto kIdleTimeout = std::chrono::seconds(30);
// A client over the connection cap is told promptly; it gets this long to send its request.
constexpr auto kOverloadedTimeout = std::chrono::seconds(2);
// After a failed accept (out of file descriptors, say) wait before the next, doubling up to a
// second: retrying at once spins a CPU while nothing can be accepted.
constexpr auto kFirstAcceptBackoff = std::chrono::milliseconds(10);
constexpr auto kMaxAcceptBackoff = std::chrono::milliseconds(1000);
constexpr std::uint32_t kHeaderLimit = 16 * 1024;

std::mutex g_mutex;
net::io_context* g_running = nullptr;
bool g_stop_requested = false;

Response CallHandler(const Handler& handler, const Request& request) {
  try {
    return handler(request);
  } catch (const std::exception& e) {
    std::cerr << "error: unhandled exception for " << request.method << " " << request.path << ": "
              << e.what() << "\n";
  } catch (...) {
    std::cerr << "error: unhandled exception for " << request.method << " " << request.path << "\n";
  }
  return PlainResponse(500, "Internal server error");
}

class Connection : public std::enable_shared_from_this<Connection> {
 public:
  // `open_connections` counts the connections being served; an overloaded connection (one over
  // the cap) answers 503 to its request and is not counted.
  Connection(tcp::socket&& socket, const ServerOptions& options, const Handler& handler,
             net::thread_pool& workers, std::atomic<int>& open_connections, bool overloaded)
      : stream_(std::move(socket)), options_(options), handler_(handler), workers_(workers),
        open_connections_(open_connections), overloaded_(overloaded) {
    if (!overloaded_) ++open_connections_;
  }
  ~Connection() {
    if (!overloaded_) --open_connections_;
  }

  void Start() {
    net::dispatch(stream_.get_executor(),
                  beast::bind_front_handler(&Connection::Read, shared_from_this()));
  }

 private:
  void Read() {
    parser_.emplace();
    parser_->body_limit(options_.body_limit);
    parser_->header_limit(kHeaderLimit);
    stream_.expires_after(overloaded_ ? kOverloadedTimeout : kIdleTimeout);
    bhttp::async_read(stream_, buffer_, *parser_,
                      beast::bind_front_handler(&Connection::OnRead, shared_from_this()));
  }

  void OnRead(beast::error_code ec, std::size_t) {
    if (overloaded_ && ec != beast::error::timeout && ec != net::error::connection_reset) {
      Response busy = PlainResponse(503, "The service is busy. Try again in a moment.");
      busy.SetHeader("Retry-After", "1");
      Write(std::move(busy), false, 11);
      return;
    }
    if (ec == bhttp::error::end_of_stream || ec == net::error::operation_aborted ||
        ec == beast::error::timeout || ec == net::error::connection_reset ||
        ec == net::error::eof) {
      Close();
      return;
    }
    if (ec == bhttp::error::body_limit) {
      Write(PlainResponse(413, "The request body is too large"), false, 11);
      return;
    }
    if (ec) {
      if (ec.category() == bhttp::make_error_code(bhttp::error::bad_target).category())
        Write(PlainResponse(400, "Bad request"), false, 11);
      else
        Close();
      return;
    }
    auto message = parser_->release();
    bool keep_alive = message.keep_alive();
    unsigned version = message.version();

    Request request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    auto question = request.target.find('?');
    request.path = PercentDecode(std::string_view(request.target).substr(0, question), false);
    if (question != std::string::npos) request.query = request.target.substr(question + 1);
    request.headers.reserve(16);
    for (const auto& field : message) {
      std::string name(field.name_string());
      for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      request.headers.emplace_back(std::move(name), std::string(field.value()));
    }
    request.body = std::move(message.body());
    beast::error_code endpoint_error;
    auto endpoint = stream_.socket().remote_endpoint(endpoint_error);
    if (!endpoint_error) {
      std::vector<std::string_view> forwarded_for;
      if (!options_.trusted_proxies.empty())
        for (const auto& [name, value] : request.headers)
          if (name == "x-forwarded-for") forwarded_for.push_back(value);
      request.remote_address =
          ClientAddress(endpoint.address().to_string(), forwarded_for, options_.trusted_proxies);
    }

    if (options_.is_slow && options_.is_slow(request)) {
      // Slow work (password hashing) runs on the worker pool; the answer is written back on
      // this connection's strand.
      net::post(workers_, [self = shared_from_this(), request = std::move(request), keep_alive,
                           version]() mutable {
        Response response = CallHandler(self->handler_, request);
        net::post(self->stream_.get_executor(),
                  [self, response = std::move(response), keep_alive, version]() mutable {
                    self->Write(std::move(response), keep_alive, version);
                  });
      });
      return;
    }
    Write(CallHandler(handler_, request), keep_alive, version);
  }

  void Write(Response response, bool keep_alive, unsigned version) {
    std::string refused;
    response = RefuseUnsafeHeaders(std::move(response), &refused);
    if (!refused.empty())
      std::cerr << "error: refused to send header " << refused
                << " holding a line break or control character\n";
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>(
        static_cast<bhttp::status>(response.status), version);
    for (auto& [name, value] : response.headers) message->insert(name, value);
    message->body() = std::move(response.body);
    message->keep_alive(keep_alive);
    message->prepare_payload();
    stream_.expires_after(kIdleTimeout);
    bhttp::async_write(stream_, *message,
                       [self = shared_from_this(), message](beast::error_code ec, std::size_t) {
                         if (ec || !message->keep_alive()) {
                           self->Close();
                           return;
                         }
                         self->Read();
                       });
  }

  void Close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.close();
  }

  beast::tcp_stream stream_;
  beast::flat_buffer buffer_;
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  const ServerOptions& options_;
  const Handler& handler_;
  net::thread_pool& workers_;
  std::atomic<int>& open_connections_;
  bool overloaded_;
};

class Listener : public std::enable_shared_from_this<Listener> {
 public:
  Listener(net::io_context& ioc, tcp::acceptor& acceptor, const ServerOptions& options,
           const Handler& handler, net::thread_pool& workers, std::atomic<int>& open_connections)
      : ioc_(ioc), acceptor_(acceptor), options_(options), handler_(handler), workers_(workers),
        backoff_timer_(ioc), open_connections_(open_connections) {}

  void Accept() {
    acceptor_.async_accept(net::make_strand(ioc_),
                           beast::bind_front_handler(&Listener::OnAccept, shared_from_this()));
  }

 private:
  void OnAccept(beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted) return;
    if (ec) {
      // Out of file descriptors (or another failure): wait, then try again.
      if (backoff_ == std::chrono::milliseconds(0))
        std::cerr << "warning: cannot accept connections (" << ec.message() << "); backing off\n";
      backoff_ = std::min(kMaxAcceptBackoff, backoff_ == std::chrono::milliseconds(0)
                                                 ? kFirstAcceptBackoff
                                                 : backoff_ * 2);
      backoff_timer_.expires_after(backoff_);
      backoff_timer_.async_wait([self = shared_from_this()](beast::error_code wait_error) {
        if (wait_error != net::error::operation_aborted) self->Accept();
      });
      return;
    }
    backoff_ = std::chrono::milliseconds(0);
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
    bool overloaded = open_connections_.load() >= options_.max_connections;
    std::make_shared<Connection>(std::move(socket), options_, handler_, workers_, open_connections_,
                                 overloaded)
        ->Start();
    Accept();
  }

  net::io_context& ioc_;
  tcp::acceptor& acceptor_;
  const ServerOptions& options_;
  const Handler& handler_;
  net::thread_pool& workers_;
  net::steady_timer backoff_timer_;
  std::chrono::milliseconds backoff_{0};
  std::atomic<int>& open_connections_;
};

}  // namespace

void Serve(const ServerOptions& options, Handler handler) {
  int threads = std::max(1, options.network_threads);
  // Declared before the io_context so that it outlives every connection the context destroys.
  std::atomic<int> open_connections{0};
  net::io_context ioc(threads);
  tcp::acceptor acceptor(ioc);
  beast::error_code ec;
  auto address = net::ip::make_address(options.address, ec);
  if (ec) throw std::runtime_error("cannot listen on " + options.address + ": not an IP address");
  tcp::endpoint endpoint(address, options.port);
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(net::socket_base::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(net::socket_base::max_listen_connections, ec);
  if (ec)
    throw std::runtime_error("cannot listen on " + options.address + ":" +
                             std::to_string(options.port) + ": " + ec.message());

  net::thread_pool workers(static_cast<std::size_t>(std::max(1, options.worker_threads)));
  {
    std::lock_guard lock(g_mutex);
    if (g_stop_requested) {
      g_stop_requested = false;
      return;
    }
    g_running = &ioc;
  }
  net::signal_set signals(ioc, SIGINT, SIGTERM);
  signals.async_wait([&](beast::error_code, int) { ioc.stop(); });

  std::make_shared<Listener>(ioc, acceptor, options, handler, workers, open_connections)->Accept();
  if (options.on_listening) options.on_listening(acceptor.local_endpoint().port());

  std::vector<std::thread> pool;
  for (int i = 1; i < threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
  ioc.run();
  for (auto& t : pool) t.join();
  {
    std::lock_guard lock(g_mutex);
    g_running = nullptr;
  }
  workers.join();
}

void Stop() {
  std::lock_guard lock(g_mutex);
  if (g_running)
    g_running->stop();
  else
    g_stop_requested = true;
}

}  // namespace safeboard::http
