// `safeboard serve`: the web application.
#include <CLI/CLI.hpp>
#include <sys/resource.h>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "core/clock.h"
#include "core/date.h"
#include "app/app.h"
#include "http/client_address.h"
#include "core/form_fields.h"
#include "http/server.h"
#include "mail/sender.h"
#include "meetings/digest.h"
#include "storage/database.h"
#include "core/text.h"
#include "training/reminders.h"
#include "training/store.h"
#include "training/training.h"

namespace safeboard::cli {
namespace {

// The built front end: --static-dir, else build/static beside the binary or in the working
// directory.
std::string FindStaticDir(const std::string& given) {
  namespace fs = std::filesystem;
  if (!given.empty()) return given;
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  for (const fs::path& candidate : {exe.parent_path() / "static", fs::path("build/static")})
    if (fs::is_directory(candidate / "assets", ec) || fs::exists(candidate / "app.css", ec))
      return candidate.string();
  return "build/static";
}

// A request holds its thread while it queries the database. On SQLite the queries are CPU work
// in this process, so a thread per CPU keeps every CPU busy. On PostgreSQL each query is a round
// trip to the server and the thread mostly waits: more threads keep both sides busy. Measured with
// bench/run's Board meeting page on PostgreSQL, 2 CPUs, 64 connections: 2 threads 856-884 req/s,
// p99 731-884 ms; 8 threads 1,069-1,137 req/s, p99 371-479 ms.
int DefaultThreads(storage::Backend backend) {
  int cpus = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  return backend == storage::Backend::kPostgres ? std::max(8, 4 * cpus) : std::max(2, cpus);
}

// Raises the soft limit on open files to the hard one and returns it. Each connection holds one
// descriptor, and so do the database's files and the server's own.
long RaiseFileLimit() {
  rlimit limit{};
  if (::getrlimit(RLIMIT_NOFILE, &limit) != 0) return 1024;
  if (limit.rlim_cur < limit.rlim_max) {
    rlimit raised = limit;
    raised.rlim_cur = std::min<rlim_t>(limit.rlim_max, 1 << 20);
    if (::setrlimit(RLIMIT_NOFILE, &raised) == 0) limit = raised;
  }
  return limit.rlim_cur == RLIM_INFINITY ? (1 << 20) : static_cast<long>(limit.rlim_cur);
}

// RULE: issue 12 - cap connections well under the file limit, so that a flood of clients gets a
// prompt 503 (which itself needs a descriptor) instead of stopping the server from accepting:
// half of what is left after 64 for the database and the server, at least 8, at most 10,000.
int DefaultMaxConnections(long file_limit) {
  return static_cast<int>(std::clamp<long>((file_limit - 64) / 2, 8, 10000));
}

}  // namespace

void AddServeCommand(CLI::App& app) {
  struct Options {
    std::string database = kDefaultDatabase, address = "127.0.0.1", static_dir;
    unsigned short port = 8080;
    bool insecure_cookies = false, demo = false;
    int threads = 0;  // 0: DefaultThreads
    int max_connections = 0;  // 0: DefaultMaxConnections
    std::string today;        // "": the system clock
    std::vector<std::string> trusted_proxies;
    std::vector<std::string> public_hosts;  // HOST=SLUG
    std::string smtp, mail_from, mail_from_name = "safeboard", base_url;
  };
  auto opts = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("serve", "Serve the web application and the JSON API");
  cmd->add_option("--database", opts->database, "sqlite:PATH or postgresql://...")->capture_default_str();
  cmd->add_option("--address", opts->address, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", opts->port, "Port (0 picks a free one)")->capture_default_str();
  cmd->add_option("--threads", opts->threads,
                  "Threads serving requests (default: one per CPU on SQLite, four per CPU and at least 8 on "
                  "PostgreSQL)");
  cmd->add_option("--max-connections", opts->max_connections,
                  "Connections served at once; more get a prompt 503 (default: from the open-file limit)");
  cmd->add_option("--trusted-proxy", opts->trusted_proxies,
                  "Address of a reverse proxy whose X-Forwarded-For names the client (repeatable)");
  cmd->add_option("--today", opts->today,
                  "Serve as if today were this date (YYYY-MM-DD), time running from 09:00: the demo on "
                  "its own date, tests on a fixed one");
  cmd->add_option("--static-dir", opts->static_dir, "Built front end (default build/static)");
  cmd->add_flag("--insecure-cookies", opts->insecure_cookies,
                "Session cookie without Secure, for plain-HTTP local use only");
  cmd->add_flag("--demo", opts->demo, "Load the demo board first if it is not there");
  cmd->add_option("--smtp", opts->smtp,
                  "Send email through this SMTP server: smtp://host:587 (STARTTLS when offered) or smtps://host:465, "
                  "with user:password@ when it needs a login");
  cmd->add_option("--mail-from", opts->mail_from, "The address email comes from (needed with --smtp)");
  cmd->add_option("--mail-from-name", opts->mail_from_name, "The name email comes from")->capture_default_str();
  cmd->add_option("--public-host", opts->public_hosts,
                  "Serve a board's public site at the root of a host name: HOST=SLUG, as board.example=northshire "
                  "(repeat for more boards)");
  cmd->add_option("--base-url", opts->base_url,
                  "The address people reach safeboard at, for links in email: https://board.example (needed with --smtp)");
  cmd->callback([opts] {
    std::unique_ptr<core::Clock> clock_owner;
    if (opts->today.empty()) {
      clock_owner = std::make_unique<core::SystemClock>();
    } else {
      auto today = core::ParseDate(opts->today);
      if (!today) throw std::runtime_error("--today " + opts->today + " is not a date like 2012-03-31");
      clock_owner = std::make_unique<core::ShiftedClock>(std::chrono::sys_days(*today));
    }
    const core::Clock& clock = *clock_owner;
    auto database = OpenAndMigrate(opts->database);
    if (opts->demo) {
      LoadDemo(*database);
      std::cout << "demo board loaded. Sign in at http://" << opts->address << ":" << opts->port
                << "/sign-in as:\n"
                << DemoSignIns() << std::flush;
    }
    // RULE: issue 17 - training records are anonymised after their retention: at start, and
    // daily with the email sender's daily task.
    auto apply_retention = [&clock](storage::Connection& db) {
      storage::Transaction tx(db);
      training::TrainingStore(db).AnonymiseBefore(training::RetainFrom(core::DateOf(clock.Now())));
      tx.Commit();
    };
    apply_retention(*database->Connect());
    // Email: checked before anything starts, sent by a thread of its own.
    std::unique_ptr<mail::MailSender> mail_sender;
    std::string base_url = opts->base_url;
    while (!base_url.empty() && base_url.back() == '/') base_url.pop_back();
    if (!opts->smtp.empty()) {
      if (auto problem = mail::SmtpUrlProblem(opts->smtp)) throw std::runtime_error(*problem);
      if (!core::LooksLikeEmail(opts->mail_from))
        throw std::runtime_error("--smtp needs --mail-from, the address email comes from, like board@northshire.example");
      if (!base_url.starts_with("https://") && !base_url.starts_with("http://"))
        throw std::runtime_error("--smtp needs --base-url, the address people reach safeboard at, like https://board.example");
      mail_sender = std::make_unique<mail::MailSender>(
          *database, mail::SmtpSettings{opts->smtp, {opts->mail_from, opts->mail_from_name}}, clock);
      mail_sender->SetDailyTask([&clock, base_url, apply_retention](storage::Connection& db, const core::Date& today) {
        meetings::QueueActionDigests(db, today, base_url, core::FormatTimestamp(clock.Now()));
        training::QueueTrainingReminders(db, today, core::FormatTimestamp(clock.Now()));
        apply_retention(db);
      });
      mail_sender->Start();
      std::cout << "sending email as " << opts->mail_from << std::endl;
    }
    std::map<std::string, std::string> public_hosts;
    for (const auto& mapping : opts->public_hosts) {
      auto equals = mapping.find('=');
      if (equals == std::string::npos || equals == 0 || equals + 1 == mapping.size())
        throw std::runtime_error("--public-host " + mapping + " is not HOST=SLUG, like board.example=northshire");
      public_hosts[core::AsciiLower(mapping.substr(0, equals))] = mapping.substr(equals + 1);
    }
    storage::ConnectionPool pool(*database);
    app::App application(pool, clock,
                          {.secure_cookies = !opts->insecure_cookies,
                           .static_dir = FindStaticDir(opts->static_dir),
                           .mail_enabled = mail_sender != nullptr,
                           .base_url = base_url,
                           .public_hosts = std::move(public_hosts)});
    http::ServerOptions server;
    long file_limit = RaiseFileLimit();
    server.max_connections =
        opts->max_connections > 0 ? opts->max_connections : DefaultMaxConnections(file_limit);
    for (const auto& proxy : opts->trusted_proxies) {
      std::string address = http::CanonicalAddress(proxy);
      if (address.empty()) throw std::runtime_error("--trusted-proxy " + proxy + " is not an IP address");
      server.trusted_proxies.push_back(address);
    }
    server.address = opts->address;
    server.port = opts->port;
    server.network_threads = opts->threads > 0 ? opts->threads : DefaultThreads(database->backend());
    server.is_slow = [&application](const http::Request& r) { return application.IsSlow(r); };
    server.on_listening = [&](unsigned short port) {
      std::cout << "safeboard listening on http://" << opts->address << ":" << port << "/"
                << std::endl;
    };
    http::Serve(server, [&application](const http::Request& r) { return application.Handle(r); });
  });
}

}  // namespace safeboard::cli
