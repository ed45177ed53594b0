// The test server and client.
#include "test_server.h"

#include <gtest/gtest.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <stdexcept>
#include <thread>

#include "accounts/setup.h"
#include "auth/accounts.h"
#include "cli/commands.h"
#include "core/clock.h"
#include "core/date.h"
#include "governance/store.h"
#include "plan/store.h"
#include "storage/database.h"

#ifndef SAFEBOARD_BINARY
#error "SAFEBOARD_BINARY must name the safeboard executable"
#endif

namespace safeboard::testing {
namespace {

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

HttpResult Parse(const std::string& raw) {
  HttpResult r;
  auto head_end = raw.find("\r\n\r\n");
  if (head_end == std::string::npos) throw std::runtime_error("malformed response: " + raw.substr(0, 200));
  std::string head = raw.substr(0, head_end);
  r.body = raw.substr(head_end + 4);
  auto line_end = head.find("\r\n");
  std::string status_line = head.substr(0, line_end);
  r.status = std::stoi(status_line.substr(9, 3));
  std::size_t pos = line_end + 2;
  while (pos < head.size() && line_end != std::string::npos) {
    line_end = head.find("\r\n", pos);
    std::string line = head.substr(pos, line_end == std::string::npos ? std::string::npos : line_end - pos);
    auto colon = line.find(':');
    if (colon != std::string::npos) {
      std::string name = Lower(line.substr(0, colon));
      std::string value = line.substr(colon + 1);
      while (!value.empty() && value.front() == ' ') value.erase(0, 1);
      if (name == "set-cookie") r.set_cookies.push_back(value);
      r.headers[name] = value;
    }
    pos = line_end + 2;
  }
  return r;
}

}  // namespace

std::string UrlEncode(const std::string& text) {
  std::string out;
  char buf[4];
  for (unsigned char c : text) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

HttpResult Client::Send(const std::string& method, const std::string& target,
                        const std::string& body, const std::string& content_type,
                        const std::vector<std::pair<std::string, std::string>>& extra_headers) {
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port_);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    throw std::runtime_error("cannot connect to the test server");
  }
  std::string request = method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
  std::string cookies = cookie_header();
  if (!cookies.empty()) request += "Cookie: " + cookies + "\r\n";
  if (!content_type.empty()) request += "Content-Type: " + content_type + "\r\n";
  for (const auto& [name, value] : extra_headers) request += name + ": " + value + "\r\n";
  request += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
  std::size_t sent = 0;
  while (sent < request.size()) {
    auto n = ::send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<std::size_t>(n);
  }
  std::string raw;
  char buf[65536];
  ssize_t n;
  while ((n = ::recv(fd, buf, sizeof buf, 0)) > 0) raw.append(buf, static_cast<std::size_t>(n));
  ::close(fd);
  HttpResult r = Parse(raw);
  for (const auto& cookie : r.set_cookies) {
    auto eq = cookie.find('=');
    auto semi = cookie.find(';');
    std::string name = cookie.substr(0, eq);
    std::string value = cookie.substr(eq + 1, semi - eq - 1);
    if (cookie.find("Max-Age=0") != std::string::npos)
      cookies_.erase(name);
    else
      cookies_[name] = value;
  }
  return r;
}

std::string Multipart(const std::string& token, const std::string& field, const std::string& file_name,
                      const std::string& bytes) {
  return "--B0UNDARY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
         "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" +
         file_name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes +
         "\r\n--B0UNDARY--\r\n";
}

HttpResult Client::Get(const std::string& target) { return Send("GET", target, "", ""); }

HttpResult Client::Post(const std::string& target, const std::string& form_body) {
  return Send("POST", target, form_body, "application/x-www-form-urlencoded");
}

std::string Client::cookie_header() const {
  std::string out;
  for (const auto& [name, value] : cookies_) out += (out.empty() ? "" : "; ") + name + "=" + value;
  return out;
}

std::string Client::CsrfToken() {
  HttpResult page = Get("/api/v1/me");
  std::smatch m;
  static const std::regex json_token("\"csrf_token\":\"([0-9a-f]{64})\"");
  if (page.status == 200 && std::regex_search(page.body, m, json_token)) return m[1];
  page = Get("/sign-in");
  static const std::regex form_token("name=\"csrf_token\" value=\"([0-9a-f]{64})\"");
  if (std::regex_search(page.body, m, form_token)) return m[1];
  throw std::runtime_error("no CSRF token found");
}

int Client::SignIn(const std::string& email, const std::string& password) {
  std::string token = CsrfToken();
  return Post("/sign-in", "csrf_token=" + token + "&email=" + UrlEncode(email) +
                              "&password=" + UrlEncode(password))
      .status;
}

std::map<std::string, std::int64_t> DemoIds(const std::string& database_url) {
  auto database = storage::OpenDatabase(database_url);
  auto db = database->Connect();
  auto first = [&](const char* sql) {
    auto row = db->QueryOne(sql);
    if (!row || row->IsNull(0)) throw std::runtime_error(std::string("no demo record for: ") + sql);
    return row->Int(0);
  };
  return {
      {"agencies", first("SELECT MIN(id) FROM agencies")},
      {"people", first("SELECT MIN(id) FROM people")},
      // A post that has ended holders and a current one: empty POSTs (holder, vacant, end) are refused.
      {"posts", first("SELECT MIN(id) FROM posts")},
      {"groups", first("SELECT MIN(id) FROM partnership_groups")},
      {"memberships", first("SELECT MIN(id) FROM memberships WHERE ended_on IS NULL")},
      // A cancelled meeting, so an allowed empty POST (cancel, attendance) changes nothing.
      {"meetings", first("SELECT MIN(id) FROM meetings WHERE cancelled = 1")},
      {"agenda-items", first("SELECT MIN(id) FROM agenda_items WHERE purpose = ''")},
      {"papers", first("SELECT MIN(id) FROM papers")},
      {"actions", first("SELECT MIN(id) FROM meeting_actions")},
      {"minutes", first("SELECT MIN(meeting_id) FROM minutes WHERE status = 'approved'")},
      {"disputes", first("SELECT MIN(id) FROM disputes")},
      {"plans", first("SELECT MIN(id) FROM plans")},
      {"audits", first("SELECT MIN(id) FROM planned_audits")},
      {"plan-actions", first("SELECT MIN(id) FROM plan_actions")},
      // An import already undone, so that the walk's undo changes nothing.
      {"plan-imports", first("SELECT MIN(id) FROM plan_imports WHERE undone_at IS NOT NULL")},
      {"indicators", first("SELECT MIN(id) FROM indicators")},
      {"objectives", first("SELECT MIN(id) FROM objectives")},
      {"objective-risks", first("SELECT MIN(id) FROM objective_risks")},
      {"cases", first("SELECT MIN(id) FROM child_death_notifications")},
      // Decided referrals and signed-off recommendations, so allowed empty POSTs change nothing.
      {"referrals", first("SELECT MIN(id) FROM case_referrals WHERE decision IS NOT NULL")},
      {"reviews", first("SELECT MIN(id) FROM case_reviews")},
      {"users", first("SELECT MIN(id) FROM users")},
      {"recommendations", first("SELECT MIN(id) FROM case_review_recommendations")},
      // Section 11: a template a round uses and submitted returns, so allowed empty POSTs are
      // refused (409 or 422) and change nothing.
      {"section-11", first("SELECT MIN(id) FROM section11_rounds")},
      {"section-11/rounds", first("SELECT MIN(id) FROM section11_rounds")},
      {"section-11/templates", first("SELECT MIN(template_id) FROM section11_rounds")},
      {"section-11/returns", first("SELECT MIN(id) FROM section11_returns WHERE submitted_on IS NOT NULL")},
      {"section-11/files", first("SELECT MIN(id) FROM section11_evidence_files")},
      {"section-11/actions", first("SELECT MIN(id) FROM section11_actions")},
      {"complaints", first("SELECT MIN(id) FROM complaints")},
      {"reports", first("SELECT MIN(id) FROM agency_reports")},
      {"remedial-plans", first("SELECT MIN(id) FROM remedial_plans")},
      // Case file audits: a case whose discussion is recorded and a finding that is noted, so
      // allowed empty POSTs are refused (422) and change nothing.
      {"case-audits", first("SELECT MIN(id) FROM audited_cases")},
      {"case-audits/findings", first("SELECT MIN(id) FROM audited_case_findings")},
      // Safer workforce: support already completed, so an allowed empty POST is refused (422).
      {"safer-workforce", first("SELECT MIN(id) FROM workforce_assessments")},
      {"safer-workforce/returns", first("SELECT MIN(id) FROM workforce_returns")},
      {"safer-workforce/support", first("SELECT MIN(id) FROM workforce_support_actions")},
      // IMR action plans: a signed-off plan whose actions are complete.
      {"imr-action-plans", first("SELECT MIN(id) FROM imr_action_plans WHERE signed_off_on IS NOT NULL")},
      {"imr-action-plans/actions", first("SELECT MIN(id) FROM imr_plan_actions")},
      {"learning", first("SELECT MIN(id) FROM learning_referrals")},
      {"procedures", first("SELECT MIN(chapter_id) FROM procedure_amendments")},  // a published chapter
      {"procedures/chapters", first("SELECT MIN(id) FROM procedure_chapters")},
      {"communications/publications", first("SELECT MIN(id) FROM publications")},
      {"procedures/reviews", first("SELECT MIN(id) FROM procedure_reviews")},
      // Training: an event to come (the public site shows only those) and a booking marked on a
      // past event's register (its cancel POST is refused).
      {"training/events", first("SELECT MIN(id) FROM training_events WHERE held_on > '2012-03-31'")},
      {"training/sessions", first("SELECT MIN(id) FROM training_conference_sessions")},
      {"training/trainers", first("SELECT MIN(id) FROM training_trainers WHERE left_on IS NOT NULL")},
      {"training/bookings", first("SELECT MIN(id) FROM training_bookings WHERE attendance IS NOT NULL")}};
}

HttpResult PostForm(Client& client, const std::string& target,
                    const std::vector<std::pair<std::string, std::string>>& fields) {
  std::string body = "csrf_token=" + client.CsrfToken();
  for (const auto& [k, v] : fields) body += "&" + UrlEncode(k) + "=" + UrlEncode(v);
  return client.Post(target, body);
}

std::string FillPattern(std::string_view pattern, const std::map<std::string, std::int64_t>& ids) {
  std::string path(pattern);
  auto replace = [&](const std::string& from, const std::string& to) {
    if (auto at = path.find(from); at != std::string::npos) path.replace(at, from.size(), to);
  };
  replace("{slug}", kDemoSlug);
  replace("{token}", std::string(64, 'c') + ".ics");
  replace("{kind}", "agencies");
  // The most specific kind names the record: "/section-11/actions/{id}" is not a meeting's action.
  std::string best;
  for (const auto& [kind, id] : ids)
    if (path.find("/" + kind + "/{id}") != std::string::npos && kind.size() > best.size()) best = kind;
  if (!best.empty()) replace("{id}", std::to_string(ids.at(best)));
  return path;
}

const std::vector<Login>& DemoLogins() {
  static const std::vector<Login> logins = {
      {"lay member", "lay.member@demo.safeboard.test", "demo-lay-member"},
      {"member", "member@demo.safeboard.test", "demo-member"},
      {"business manager", "business.manager@demo.safeboard.test", "demo-business-manager"},
      {"admin", "admin@demo.safeboard.test", "demo-admin"},
      {"lead member", "lead.member@demo.safeboard.test", "demo-lead-member"},
      {"cdop chair", "cdop.chair@demo.safeboard.test", "demo-cdop-chair"},
      {"cdop member", "cdop.member@demo.safeboard.test", "demo-cdop-member"},
      {"case review chair", "case.review.chair@demo.safeboard.test", "demo-case-review-chair"},
      {"qa chair", "qa.chair@demo.safeboard.test", "demo-qa-chair"},
  };
  return logins;
}

Client SignedInAs(const TestServer& server, const std::string& role) {
  Client client = server.NewClient();
  if (role == "anonymous") return client;
  for (const auto& login : DemoLogins())
    if (login.role == role) {
      EXPECT_EQ(client.SignIn(login.email, login.password), 303) << role;
      return client;
    }
  ADD_FAILURE() << "no login for " << role;
  return client;
}

const Login& OtherPartnershipLogin() {
  static const Login login{"other manager", "manager@other.example", "other-manager-pass"};
  return login;
}

TestServer::TestServer(TestServerOptions options) {
  char tmpl[] = "/tmp/safeboard-http-XXXXXX";
  dir_ = ::mkdtemp(tmpl);
  database_url_ = "sqlite:" + dir_ + "/test.db";
  if (options.postgres) {
    const char* url = std::getenv("SAFEBOARD_TEST_POSTGRES_URL");
    if (!url || !*url)
      throw std::runtime_error("SAFEBOARD_TEST_POSTGRES_URL is not set (scripts/test sets it)");
    postgres_admin_url_ = url;
    postgres_database_ = "http_" + std::to_string(::getpid()) + "_" + std::to_string(::time(nullptr));
    storage::OpenDatabase(postgres_admin_url_)->Connect()->ExecScript("CREATE DATABASE " + postgres_database_);
    database_url_ = storage::PostgresUrlWithDatabase(postgres_admin_url_, postgres_database_);
  }
  {
    auto database = cli::OpenAndMigrate(database_url());
    cli::LoadDemo(*database);
    // A second partnership whose records must never show in the first's pages or API, set up
    // as any new board is (accounts::SetUpPartnership, behind the administrator's page, the API
    // and the CLI): its business manager accepts the invitation, then adds an agency.
    auto db = database->Connect();
    // Set up before any day the tests freeze the server at, so its business manager's
    // membership is current on all of them.
    core::FixedClock clock{*core::ParseTimestamp("2010-01-01T09:00:00Z")};
    governance::GovernanceStore store(*db);
    storage::Transaction tx(*db);
    governance::NewPartnership request;
    auto errors = governance::ReadNewPartnership(
        {{"name", std::string("Other Area Board ") + kOtherMarker},
         {"slug", kOtherSlug},
         {"area", kOtherMarker},
         {"population-1-year", "2011-12"},
         {"population-1-children", "40000"},
         {"manager_name", std::string("Olive Other ") + kOtherMarker},
         {"manager_email", OtherPartnershipLogin().email},
         {"manager_job_title", kOtherMarker}},
        request);
    if (!errors.empty()) throw std::runtime_error("the second partnership: " + errors.all().front().message);
    auto set_up = accounts::SetUpPartnership(*db, clock, request, std::nullopt, "");
    if (!set_up.invitation ||
        !auth::AcceptInvitation(*db, clock, set_up.invitation->token, OtherPartnershipLogin().password))
      throw std::runtime_error("the second partnership's business manager could not accept the invitation");
    governance::Agency agency;
    agency.partnership_id = set_up.partnership.id;
    agency.name = std::string("Other Police ") + kOtherMarker;
    agency.sector = governance::Sector::kPolice;
    agency.id = store.CreateAgency(agency);
    auto board = *store.FindGroup(set_up.partnership.id, set_up.board_group_id);
    board.terms_of_reference = kOtherMarker;
    store.UpdateGroup(board);
    // An undone import into the demo's first plan, for the route walk's undo.
    auto demo = store.FindPartnership(kDemoSlug)->id;
    plan::PlanStore plans(*db);
    auto first_plan = plans.ListPlans(demo).front().id;
    auto import = plans.RecordImport(demo, first_plan, "walk.csv", "0", 0, "2011-01-01T09:00:00Z");
    plans.UndoImport(demo, import, "2011-01-01T09:00:00Z");
    tx.Commit();
  }

  int out[2];
  if (::pipe(out) != 0) throw std::runtime_error("pipe failed");
  pid_ = ::fork();
  if (pid_ == 0) {
    ::dup2(out[1], STDOUT_FILENO);
    // The server's log (stderr) goes to a file the tests can read: nothing identifying may be in it.
    std::string log = dir_ + "/server.log";
    int log_fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    if (log_fd >= 0) ::dup2(log_fd, STDERR_FILENO);
    ::close(out[0]);
    ::close(out[1]);
    if (options.file_limit > 0) {
      rlimit limit{static_cast<rlim_t>(options.file_limit), static_cast<rlim_t>(options.file_limit)};
      ::setrlimit(RLIMIT_NOFILE, &limit);
    }
    // SAFEBOARD_TEST_BINARY runs the tests against another build (an older one, to see a
    // regression test fail there).
    const char* binary = std::getenv("SAFEBOARD_TEST_BINARY");
    if (!binary || !*binary) binary = SAFEBOARD_BINARY;
    std::vector<std::string> args = {binary, "serve", "--database", database_url(), "--port", "0",
                                     "--static-dir", "/nonexistent-static"};
    if (!options.secure_cookies) args.push_back("--insecure-cookies");
    if (!options.today.empty()) args.insert(args.end(), {"--today", options.today});
    args.insert(args.end(), options.extra_args.begin(), options.extra_args.end());
    std::vector<char*> argv;
    for (auto& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(binary, argv.data());
    ::_exit(127);
  }
  ::close(out[1]);
  std::string seen;
  char buf[512];
  static const std::regex listening("listening on http://127\\.0\\.0\\.1:(\\d+)/");
  auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
  std::smatch m;
  while (std::chrono::steady_clock::now() < deadline) {
    ssize_t n = ::read(out[0], buf, sizeof buf);
    if (n <= 0) break;
    seen.append(buf, static_cast<std::size_t>(n));
    if (std::regex_search(seen, m, listening)) {
      port_ = static_cast<unsigned short>(std::stoi(m[1]));
      break;
    }
  }
  // Keep draining stdout in the background so the server never blocks on a full pipe.
  std::thread([fd = out[0]] {
    char sink[512];
    while (::read(fd, sink, sizeof sink) > 0) {
    }
    ::close(fd);
  }).detach();
  if (!port_) throw std::runtime_error("the server did not start: " + seen);
}

std::string TestServer::Log() const {
  std::ifstream in(dir_ + "/server.log");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TestServer::~TestServer() {
  if (pid_ > 0) {
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
  }
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
  if (!postgres_database_.empty()) {
    try {
      storage::OpenDatabase(postgres_admin_url_)
          ->Connect()
          ->ExecScript("DROP DATABASE IF EXISTS " + postgres_database_ + " WITH (FORCE)");
    } catch (const std::exception&) {
      // The throwaway cluster may already be gone.
    }
  }
}

}  // namespace safeboard::testing
