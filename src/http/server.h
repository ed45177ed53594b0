// The HTTP server: Boost.Beast over Asio, one io_context, a few network threads, keep-alive,
// TCP_NODELAY. Handlers are plain functions of Request -> Response and never see Beast.
#pragma once
#include <functional>
#include <string>
#include <vector>

#include "http/message.h"

namespace safeboard::http {

using Handler = std::function<Response(const Request&)>;

struct ServerOptions {
  std::string address = "127.0.0.1";
  unsigned short port = 8080;       // 0 picks a free port (see on_listening)
  int network_threads = 2;
  int worker_threads = 2;           // for slow requests (password hashing), off the network threads
  std::size_t body_limit = 16 * 1024 * 1024;
  // Connections served at once; a client beyond this gets a prompt 503 and the others carry on.
  // Keep it well under the process's file descriptor limit (serve works one out from it).
  int max_connections = 1000;
  // Proxies whose X-Forwarded-For names the client (see http/client_address.h).
  std::vector<std::string> trusted_proxies;
  // Requests for which this returns true run on the worker threads.
  std::function<bool(const Request&)> is_slow = nullptr;
  // Called once, with the bound port, when the server is accepting connections.
  std::function<void(unsigned short port)> on_listening = nullptr;
};

// Serves until SIGINT or SIGTERM (or Stop()). Throws std::runtime_error if it cannot bind.
void Serve(const ServerOptions& options, Handler handler);
// Asks a running Serve() to return (safe from any thread).
void Stop();

}  // namespace safeboard::http
