// Issue 12: what a hostile client tried against the landed server, each as a regression test
// against the real binary: response splitting and open redirects through sign-in's "next", the
// throttle that must slow guessing without locking anyone out, confidential agenda items,
// refusals by record checks in the audit log, text that cannot be stored, the connection cap and
// accept back-off, small child death counts, and the server's own 400/413 answers.
#include <gtest/gtest.h>

#include <cstdlib>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <memory>
#include <regex>
#include <thread>

#include "storage/database.h"
#include "test_server.h"

namespace safeboard::testing {
namespace {

std::string Path(const std::string& p) { return std::string("/p/") + kDemoSlug + p; }

std::int64_t Count(const TestServer& server, const std::string& sql) {
  auto database = storage::OpenDatabase(server.database_url());
  auto db = database->Connect();
  return db->QueryOne(sql)->Int(0);
}

// A raw TCP connection to the server, for what a browser would never send.
class RawConnection {
 public:
  explicit RawConnection(unsigned short port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    timeval timeout{10, 0};
    ::setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    connected_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
  }
  ~RawConnection() { ::close(fd_); }
  bool connected() const { return connected_; }
  // Sends `bytes` and reads until the server closes (or 10 s pass).
  std::string Exchange(const std::string& bytes) {
    ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    std::string raw;
    char buf[65536];
    ssize_t n;
    while ((n = ::recv(fd_, buf, sizeof buf, 0)) > 0) raw.append(buf, static_cast<std::size_t>(n));
    return raw;
  }

 private:
  int fd_ = -1;
  bool connected_ = false;
};

std::string Lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void ExpectSecurityHeaders(const std::string& raw_response, const std::string& what) {
  std::string head = Lower(raw_response.substr(0, raw_response.find("\r\n\r\n")));
  EXPECT_NE(head.find("content-security-policy: default-src 'self'"), std::string::npos) << what;
  EXPECT_NE(head.find("x-content-type-options: nosniff"), std::string::npos) << what;
  EXPECT_NE(head.find("x-frame-options: deny"), std::string::npos) << what;
  EXPECT_NE(head.find("referrer-policy: same-origin"), std::string::npos) << what;
}

// The server's CPU time so far (user + system), from /proc.
double CpuSeconds(int pid) {
  std::ifstream in("/proc/" + std::to_string(pid) + "/stat");
  std::string stat((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  std::istringstream fields(stat.substr(stat.rfind(')') + 2));
  std::string field;
  long utime = 0, stime = 0;
  for (int i = 3; fields >> field; ++i) {
    if (i == 14) utime = std::stol(field);
    if (i == 15) {
      stime = std::stol(field);
      break;
    }
  }
  return static_cast<double>(utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

class HardeningTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { server_ = new TestServer(); }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static TestServer* server_;
};
TestServer* HardeningTest::server_ = nullptr;

// 1. High: response splitting through "next".
TEST_F(HardeningTest, ALineBreakInNextNeverReachesAHeader) {
  const std::string next = "/ok%0d%0aSet-Cookie:%20safeboard=X;%20Path=/p";
  Client client = server_->NewClient();
  auto form = client.Get("/sign-in?next=" + next);
  ASSERT_EQ(form.status, 200);
  EXPECT_EQ(form.body.find("Set-Cookie"), std::string::npos);
  std::string token = client.CsrfToken();
  auto r = client.Post("/sign-in", "csrf_token=" + token + "&next=" + next +
                                       "&email=member%40demo.safeboard.test&password=demo-member");
  ASSERT_EQ(r.status, 303);
  EXPECT_EQ(r.headers["location"], "/partnerships");
  for (const auto& cookie : r.set_cookies) EXPECT_FALSE(cookie.starts_with("safeboard=X")) << cookie;
}

// 2. Medium: open redirect.
TEST_F(HardeningTest, NextOnlyLeadsToAPathOfThisSite) {
  Client client = server_->NewClient();
  for (const std::string next : {"/%5Cevil.example/x", "/%09/evil.example", "//evil.example/x",
                                 "https://evil.example/", "/%5C%5Cevil.example"}) {
    std::string token = client.CsrfToken();
    auto r = client.Post("/sign-in", "csrf_token=" + token + "&next=" + next +
                                         "&email=member%40demo.safeboard.test&password=demo-member");
    ASSERT_EQ(r.status, 303) << next;
    EXPECT_EQ(r.headers["location"], "/partnerships") << next;
  }
  std::string token = client.CsrfToken();
  auto r = client.Post("/sign-in", "csrf_token=" + token + "&next=%2Fp%2Fmilton-keynes%2Fgroups" +
                                       "&email=member%40demo.safeboard.test&password=demo-member");
  EXPECT_EQ(r.headers["location"], "/p/milton-keynes/groups");
}

// 3. Without --trusted-proxy, X-Forwarded-For is the client's own word: it changes nothing.
TEST_F(HardeningTest, AForgedForwardedForDoesNotDodgeTheThrottle) {
  Client attacker = server_->NewClient();
  for (int i = 0; i < 5; ++i) {
    std::string token = attacker.CsrfToken();
    auto r = attacker.Send("POST", "/sign-in",
                           "csrf_token=" + token + "&email=nobody%40example.org&password=guess",
                           "application/x-www-form-urlencoded",
                           {{"X-Forwarded-For", "198.51.100." + std::to_string(i)}});
    EXPECT_EQ(r.status, 401);
  }
  std::string token = attacker.CsrfToken();
  auto r = attacker.Send("POST", "/sign-in",
                         "csrf_token=" + token + "&email=nobody%40example.org&password=guess",
                         "application/x-www-form-urlencoded", {{"X-Forwarded-For", "198.51.100.99"}});
  EXPECT_EQ(r.status, 429);
  EXPECT_EQ(r.headers["retry-after"], "30");
  EXPECT_NE(r.body.find("Wait 30 seconds, then try again"), std::string::npos);
  EXPECT_EQ(Count(*server_, "SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in-failed' AND "
                            "remote_address LIKE '198.51.100.%'"), 0);
}

// 5. Low: a refusal by a record check is audited.
TEST_F(HardeningTest, ARefusalByARecordCheckIsAudited) {
  Client cdop_member = SignedInAs(*server_, "cdop member");
  auto case_id = Count(*server_, "SELECT MIN(id) FROM child_death_notifications");
  auto before = Count(*server_, "SELECT COUNT(*) FROM audit_log WHERE action = 'denied' AND "
                                "detail LIKE '%record''s check'");
  auto r = cdop_member.Get(Path("/child-deaths/cases/" + std::to_string(case_id) + "/views"));
  EXPECT_EQ(r.status, 403);
  EXPECT_EQ(Count(*server_, "SELECT COUNT(*) FROM audit_log WHERE action = 'denied' AND "
                            "detail LIKE '%record''s check'"), before + 1);
  EXPECT_EQ(Count(*server_, "SELECT COUNT(*) FROM audit_log WHERE action = 'denied' AND detail = "
                            "'GET /p/{slug}/child-deaths/cases/{id}/views: refused by the record''s check'"),
            1);
}

// 8. Low: small numbers of child deaths are suppressed for all but the panel and board team.
TEST_F(HardeningTest, SmallChildDeathCountsAreSuppressedForThoseOutsideThePanel) {
  // 2011-12: one death in the trauma category, which could identify the child.
  const std::string trauma_one = "Trauma and other external factors</td><td class=\"govuk-table__cell\">1<";
  for (const char* role : {"lay member", "lead member", "member"}) {
    Client client = SignedInAs(*server_, role);
    for (const char* query : {"?year=2011", "?year=2011&suppress=no", "?year=2011&suppress="}) {
      auto page = client.Get(Path("/child-deaths") + query);
      ASSERT_EQ(page.status, 200) << role;
      EXPECT_EQ(page.body.find(trauma_one), std::string::npos) << role << query;
      EXPECT_NE(page.body.find("1-5"), std::string::npos) << role << query;
      auto csv = client.Get(Path("/child-deaths/statistics.csv") + query);
      EXPECT_NE(csv.body.find("1-5"), std::string::npos) << role << query;
      EXPECT_EQ(csv.body.find("Trauma and other external factors,1,"), std::string::npos) << role << query;
      auto api = client.Get("/api/v1/p/milton-keynes/child-deaths/statistics" + std::string(query));
      EXPECT_NE(api.body.find("\"suppressed\":true"), std::string::npos) << role << query;
      EXPECT_EQ(api.body.find("\"count\":1,"), std::string::npos) << role << query;
    }
  }
  for (const char* role : {"cdop member", "business manager"}) {
    Client client = SignedInAs(*server_, role);
    EXPECT_NE(client.Get(Path("/child-deaths?year=2011")).body.find(trauma_one), std::string::npos) << role;
    EXPECT_NE(client.Get(Path("/child-deaths?year=2011&suppress=yes")).body.find("1-5"), std::string::npos) << role;
  }
}

// 9. Info: the server's own 400 and 413 answers carry the security headers.
TEST_F(HardeningTest, TheServersOwnRefusalsCarryTheSecurityHeaders) {
  RawConnection bad(server_->port());
  auto raw = bad.Exchange("NOT A REQUEST\r\n\r\n");
  ASSERT_TRUE(raw.starts_with("HTTP/1.1 400")) << raw.substr(0, 100);
  ExpectSecurityHeaders(raw, "400");
  RawConnection big(server_->port());
  raw = big.Exchange("POST /sign-in HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: " +
                     std::to_string(17 * 1024 * 1024) + "\r\n\r\n" + std::string(64 * 1024, 'x'));
  ASSERT_TRUE(raw.starts_with("HTTP/1.1 413")) << raw.substr(0, 100);
  ExpectSecurityHeaders(raw, "413");
}

// 6. Low: invalid UTF-8, NUL and control characters are refused, per field, on both backends.
class UnstorableTextTest : public ::testing::TestWithParam<bool> {};

TEST_P(UnstorableTextTest, IsRefusedWithAFieldErrorAndNothingIsStored) {
  TestServerOptions options;
  options.postgres = GetParam();
  TestServer server(options);
  Client manager = SignedInAs(server, "business manager");
  std::string token = manager.CsrfToken();
  auto before = Count(server, "SELECT COUNT(*) FROM agencies");
  for (const std::string name : {"Bad%FFAgency", "Nul%00Agency", "Bell%07Agency", "Overlong%C0%AFAgency"}) {
    auto r = manager.Post(Path("/agencies"), "csrf_token=" + token + "&name=" + name + "&sector=police");
    EXPECT_EQ(r.status, 422) << name;
    EXPECT_NE(r.body.find("Field &quot;name&quot;"), std::string::npos) << name << r.body.substr(0, 300);
    EXPECT_NE(r.body.find("Nothing was saved"), std::string::npos) << name;
  }
  for (const std::string body : {std::string(R"({"name":"Nul\u0000Agency","sector":"police"})"),
                                 std::string("{\"name\":\"Bad\xff" "Agency\",\"sector\":\"police\"}")}) {
    auto api = manager.Send("POST", "/api/v1/p/milton-keynes/agencies", body, "application/json",
                            {{"X-CSRF-Token", token}});
    EXPECT_EQ(api.status, 422) << api.body;
    EXPECT_NE(api.body.find("\"errors\":{\"name\":"), std::string::npos) << api.body;
  }
  EXPECT_EQ(Count(server, "SELECT COUNT(*) FROM agencies"), before);
  // Ordinary text with line breaks and accents is stored.
  auto ok = manager.Post(Path("/agencies"), "csrf_token=" + token + "&name=Caf%C3%A9+Agency&sector=police");
  EXPECT_EQ(ok.status, 303) << ok.body.substr(0, 500);
  EXPECT_EQ(Count(server, "SELECT COUNT(*) FROM agencies"), before + 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, UnstorableTextTest, ::testing::Values(false, true),
                         [](const auto& info) { return info.param ? "PostgreSQL" : "SQLite"; });

// 9. Info: in secure mode the sign-in form's CSRF cookie has the __Host- prefix.
TEST(SecureCookies, EveryCookieHasTheHostPrefix) {
  TestServerOptions options;
  options.secure_cookies = true;
  TestServer server(options);
  Client client = server.NewClient();
  auto form = client.Get("/sign-in");
  ASSERT_EQ(form.set_cookies.size(), 1u);
  EXPECT_TRUE(form.set_cookies[0].starts_with("__Host-safeboard_csrf=")) << form.set_cookies[0];
  EXPECT_NE(form.set_cookies[0].find("; Secure"), std::string::npos);
  EXPECT_NE(form.set_cookies[0].find("Path=/;"), std::string::npos);
  auto signed_in = client.Post("/sign-in", "csrf_token=" + client.CsrfToken() +
                                               "&email=member%40demo.safeboard.test&password=demo-member");
  ASSERT_EQ(signed_in.status, 303) << signed_in.body.substr(0, 300);
  ASSERT_EQ(signed_in.set_cookies.size(), 2u);
  for (const auto& cookie : signed_in.set_cookies) {
    EXPECT_TRUE(cookie.starts_with("__Host-")) << cookie;
    EXPECT_NE(cookie.find("; Secure"), std::string::npos) << cookie;
  }
}

// 3. Medium: nobody can lock anyone out (behind a proxy that names the client).
class ThrottleTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    TestServerOptions options;
    options.extra_args = {"--trusted-proxy", "127.0.0.1"};
    server_ = new TestServer(options);
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
  }
  static int SignInFrom(Client& client, const std::string& address, const std::string& email,
                        const std::string& password, HttpResult* result = nullptr) {
    std::string token = client.CsrfToken();
    auto r = client.Send("POST", "/sign-in",
                         "csrf_token=" + token + "&email=" + UrlEncode(email) + "&password=" + UrlEncode(password),
                         "application/x-www-form-urlencoded", {{"X-Forwarded-For", address}});
    if (result) *result = r;
    return r.status;
  }
  static TestServer* server_;
};
TestServer* ThrottleTest::server_ = nullptr;

TEST_F(ThrottleTest, FailuresFromOneAddressDoNotKeepOutOthersNorKnownBrowsers) {
  // The member signs in once from the office: that browser is now known.
  Client member = server_->NewClient();
  ASSERT_EQ(SignInFrom(member, "203.0.113.9", "member@demo.safeboard.test", "demo-member"), 303);
  ASSERT_EQ(member.Post("/sign-out", "csrf_token=" + member.CsrfToken()).status, 303);
  // Someone at the same address tries 20 wrong passwords, at 20 accounts.
  Client attacker = server_->NewClient();
  for (int i = 0; i < 20; ++i)
    EXPECT_EQ(SignInFrom(attacker, "203.0.113.9", "user" + std::to_string(i) + "@example.org", "guess"), 401);
  HttpResult refused;
  EXPECT_EQ(SignInFrom(attacker, "203.0.113.9", "chair@demo.safeboard.test", "demo-chair", &refused), 429);
  // 30 s after the last failure; the server's clock runs, so a second may have passed since.
  int retry_after = std::atoi(refused.headers["retry-after"].c_str());
  EXPECT_TRUE(retry_after >= 28 && retry_after <= 30) << refused.headers["retry-after"];
  // The known browser at that address signs in; so does anyone at another address.
  EXPECT_EQ(SignInFrom(member, "203.0.113.9", "member@demo.safeboard.test", "demo-member"), 303);
  Client elsewhere = server_->NewClient();
  EXPECT_EQ(SignInFrom(elsewhere, "198.51.100.7", "chair@demo.safeboard.test", "demo-chair"), 303);
}

TEST_F(ThrottleTest, AnAttackOnANamedAccountDoesNotKeepItsOwnerOut) {
  Client owner = server_->NewClient();
  ASSERT_EQ(SignInFrom(owner, "192.0.2.50", "cdop.chair@demo.safeboard.test", "demo-cdop-chair"), 303);
  ASSERT_EQ(owner.Post("/sign-out", "csrf_token=" + owner.CsrfToken()).status, 303);
  // Five wrong passwords from one address, then five more from five other addresses.
  Client attacker = server_->NewClient();
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(SignInFrom(attacker, "192.0.2.1", "cdop.chair@demo.safeboard.test", "guess"), 401);
  EXPECT_EQ(SignInFrom(attacker, "192.0.2.1", "cdop.chair@demo.safeboard.test", "guess"), 429);
  for (int i = 2; i < 7; ++i)
    EXPECT_EQ(SignInFrom(attacker, "192.0.2." + std::to_string(i), "cdop.chair@demo.safeboard.test", "guess"), 401);
  // Unknown browsers now wait; the owner's own browser does not.
  Client stranger = server_->NewClient();
  EXPECT_EQ(SignInFrom(stranger, "192.0.2.99", "cdop.chair@demo.safeboard.test", "demo-cdop-chair"), 429);
  EXPECT_EQ(SignInFrom(owner, "192.0.2.50", "cdop.chair@demo.safeboard.test", "demo-cdop-chair"), 303);
  EXPECT_GE(Count(*server_, "SELECT COUNT(*) FROM audit_log WHERE action = 'sign-in-throttled' AND "
                            "remote_address = '192.0.2.1'"), 1);
}

// 4. Low: confidential agenda items are for the group's members and the board team.
TEST_F(HardeningTest, AConfidentialItemIsOnlyForTheGroupsMembersAndTheBoardTeam) {
  const std::string title = "Possible suicides: two young people who died in 2010";
  const std::string minute = "Coronial processes are slow";
  auto item = Count(*server_, "SELECT id FROM agenda_items WHERE title = '" + title + "'");
  auto meeting = Count(*server_, "SELECT meeting_id FROM agenda_items WHERE id = " + std::to_string(item));
  std::string meeting_path = Path("/meetings/" + std::to_string(meeting));
  // The business manager puts a paper on the item.
  Client manager = SignedInAs(*server_, "business manager");
  std::string pdf = "%PDF-1.4\n%\xe2\xe3\n1 0 obj\n<<>>\nendobj\n";
  auto upload = manager.Send("POST", Path("/agenda-items/" + std::to_string(item) + "/papers"),
                             Multipart(manager.CsrfToken(), "paper-" + std::to_string(item),
                                       "Suicide prevention briefing.pdf", pdf),
                             "multipart/form-data; boundary=B0UNDARY");
  ASSERT_EQ(upload.status, 303) << upload.body.substr(0, 300);
  auto paper = Count(*server_, "SELECT MAX(id) FROM papers");
  // ... and circulates the minutes, which keep the item's minute.
  std::string token = manager.CsrfToken();
  ASSERT_EQ(manager.Post(meeting_path + "/minutes", "csrf_token=" + token + "&body=Present%3A+the+panel&minute-" +
                                                        std::to_string(item) + "=" + UrlEncode(minute + " (closed)."))
                .status, 303);
  ASSERT_EQ(manager.Post(meeting_path + "/minutes/circulate", "csrf_token=" + token).status, 303);
  std::string paper_path = Path("/papers/" + std::to_string(paper));

  for (const char* role : {"lay member", "lead member", "member", "admin"}) {
    Client client = SignedInAs(*server_, role);
    auto page = client.Get(meeting_path);
    ASSERT_EQ(page.status, 200) << role;
    EXPECT_EQ(page.body.find(title), std::string::npos) << role;
    EXPECT_EQ(page.body.find("Suicide prevention briefing"), std::string::npos) << role;
    EXPECT_NE(page.body.find("Confidential item"), std::string::npos) << role;
    auto minutes = client.Get(meeting_path + "/minutes");
    EXPECT_EQ(minutes.body.find(minute), std::string::npos) << role;
    EXPECT_EQ(minutes.body.find(title), std::string::npos) << role;
    EXPECT_EQ(client.Get(paper_path).status, 403) << role;
  }
  EXPECT_GE(Count(*server_, "SELECT COUNT(*) FROM audit_log WHERE action = 'denied' AND detail = "
                            "'GET /p/{slug}/papers/{id}: refused by the record''s check'"), 4);

  auto views_before = Count(*server_, "SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND "
                                      "record_type = 'agenda-item' AND record_id = " + std::to_string(item));
  for (const char* role : {"cdop member", "business manager"}) {
    Client client = SignedInAs(*server_, role);
    auto page = client.Get(meeting_path);
    EXPECT_NE(page.body.find(title), std::string::npos) << role;
    EXPECT_NE(page.body.find("Suicide prevention briefing"), std::string::npos) << role;
    auto download = client.Get(paper_path);
    EXPECT_EQ(download.status, 200) << role;
    EXPECT_EQ(download.body, pdf) << role;
  }
  Client cdop_member = SignedInAs(*server_, "cdop member");
  EXPECT_NE(cdop_member.Get(meeting_path + "/minutes").body.find(minute), std::string::npos);
  EXPECT_EQ(Count(*server_, "SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND "
                            "record_type = 'agenda-item' AND record_id = " + std::to_string(item)),
            views_before + 3);
  EXPECT_EQ(Count(*server_, "SELECT COUNT(*) FROM audit_log WHERE action = 'view' AND "
                            "record_type = 'paper' AND record_id = " + std::to_string(paper)), 2);
}

// 7. Low: a cap on connections (a prompt 503 beyond it) and no spinning when out of descriptors.
TEST(ConnectionLimits, ClientsOverTheCapGetAPrompt503AndTheOthersAreServed) {
  TestServerOptions options;
  options.extra_args = {"--max-connections", "4"};
  TestServer server(options);
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 4; ++i) {
    idle.push_back(std::make_unique<RawConnection>(server.port()));
    ASSERT_TRUE(idle.back()->connected());
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(200));  // let the server accept them
  RawConnection extra(server.port());
  auto raw = extra.Exchange("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(raw.starts_with("HTTP/1.1 503")) << raw.substr(0, 100);
  EXPECT_NE(Lower(raw).find("retry-after: 1"), std::string::npos);
  ExpectSecurityHeaders(raw, "503");
  idle.clear();
  int status = 0;
  for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    status = server.NewClient().Get("/").status;
  }
  EXPECT_EQ(status, 200);
}

TEST(ConnectionLimits, OutOfFileDescriptorsTheServerWaitsInsteadOfSpinning) {
  TestServerOptions options;
  options.file_limit = 64;
  options.extra_args = {"--max-connections", "1000", "--threads", "2"};
  TestServer server(options);
  ASSERT_EQ(server.NewClient().Get("/").status, 200);
  std::vector<std::unique_ptr<RawConnection>> idle;
  for (int i = 0; i < 100; ++i) idle.push_back(std::make_unique<RawConnection>(server.port()));
  std::this_thread::sleep_for(std::chrono::milliseconds(500));
  double before = CpuSeconds(server.pid());
  std::this_thread::sleep_for(std::chrono::seconds(2));
  double used = CpuSeconds(server.pid()) - before;
  // Retrying accept at once used about 1.3 CPU-seconds a second; backing off uses next to none.
  EXPECT_LT(used, 0.5) << "CPU seconds used in 2 s while out of file descriptors";
  EXPECT_NE(server.Log().find("cannot accept connections"), std::string::npos);
  idle.clear();
  int status = 0;
  for (int attempt = 0; attempt < 50 && status != 200; ++attempt) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    try {
      status = server.NewClient().Get("/").status;
    } catch (const std::exception&) {
    }
  }
  EXPECT_EQ(status, 200);
}

}  // namespace
}  // namespace safeboard::testing
