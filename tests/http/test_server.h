// Starts the real safeboard binary on loopback over a fresh SQLite file holding the demo board
// and a second partnership, and talks HTTP to it. Shared by the HTTP tests.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace safeboard::testing {

struct HttpResult {
  int status = 0;
  std::map<std::string, std::string> headers;  // lower-case names; last value wins
  std::vector<std::string> set_cookies;
  std::string body;
};

// A signed-in (or anonymous) browser-like client with its own cookie jar.
class Client {
 public:
  explicit Client(unsigned short port) : port_(port) {}
  HttpResult Get(const std::string& target);
  HttpResult Post(const std::string& target, const std::string& form_body);
  HttpResult Send(const std::string& method, const std::string& target, const std::string& body,
                  const std::string& content_type,
                  const std::vector<std::pair<std::string, std::string>>& extra_headers = {});
  // Signs in through the sign-in form; returns the final status of the POST.
  int SignIn(const std::string& email, const std::string& password);
  // The CSRF token for forms and API writes (from /api/v1/me when signed in, else from the
  // sign-in form).
  std::string CsrfToken();
  std::string cookie_header() const;

 private:
  unsigned short port_;
  std::map<std::string, std::string> cookies_;
};

// The date every HTTP test's server takes for today: the demo board's own (its year's last day).
constexpr std::string_view kTestToday = "2012-03-31";

struct TestServerOptions {
  // On a new database of the PostgreSQL server in SAFEBOARD_TEST_POSTGRES_URL instead of SQLite.
  bool postgres = false;
  // Without --insecure-cookies: the cookies a real deployment (behind HTTPS) sets.
  bool secure_cookies = false;
  std::vector<std::string> extra_args;  // more `serve` options
  long file_limit = 0;                  // RLIMIT_NOFILE for the server (0: inherited)
  // The server's today (serve --today): no test depends on the wall clock's date.
  std::string today = std::string(kTestToday);
};

// Runs `safeboard serve` for the life of the object.
class TestServer {
 public:
  // Builds the database (demo + a second partnership with marker text) and starts the server.
  explicit TestServer(TestServerOptions options = {});
  ~TestServer();
  unsigned short port() const { return port_; }
  int pid() const { return pid_; }
  std::string database_url() const { return database_url_; }
  Client NewClient() const { return Client(port_); }
  // What the server has written to its log (stderr) so far.
  std::string Log() const;

 private:
  std::string dir_;
  std::string database_url_;
  std::string postgres_admin_url_;  // to drop the PostgreSQL database afterwards
  std::string postgres_database_;
  int pid_ = -1;
  unsigned short port_ = 0;
};

// Sign-ins of the demo, by role.
struct Login {
  std::string role;
  std::string email;
  std::string password;
};
const std::vector<Login>& DemoLogins();
// A client signed in through the sign-in form as the demo's login for `role` ("anonymous": not
// signed in); a failed sign-in is a test failure.
Client SignedInAs(const TestServer& server, const std::string& role);
// A user of the second partnership only.
const Login& OtherPartnershipLogin();
// Text stored only in the second partnership's records.
constexpr const char* kOtherMarker = "ZZQ-OTHER-PARTNERSHIP-MARKER";
constexpr const char* kOtherSlug = "other-area";
constexpr const char* kDemoSlug = "milton-keynes";

std::string UrlEncode(const std::string& text);
// Posts a form with the client's CSRF token; fields are url-encoded here.
HttpResult PostForm(Client& client, const std::string& target,
                    const std::vector<std::pair<std::string, std::string>>& fields);
// A multipart/form-data body (boundary B0UNDARY) with the CSRF token and one file.
std::string Multipart(const std::string& token, const std::string& field, const std::string& file_name,
                      const std::string& bytes);

// Ids of records that exist in the demo partnership, by the URL segment before "{id}"
// ("groups", "cases", ...); chosen so that an allowed empty POST changes nothing.
std::map<std::string, std::int64_t> DemoIds(const std::string& database_url);
// Fills a route pattern with the demo slug, a calendar token and ids.
std::string FillPattern(std::string_view pattern, const std::map<std::string, std::int64_t>& ids);

}  // namespace safeboard::testing
