// The fixture every area's HTTP tests share (src/<area>/tests/*_http_test.cc, tests/http/app_test.cc):
// the real binary serving the demo board on loopback, started once for the whole test process,
// so that each area's suite does not load the demo again. Tests change the demo's records: each
// asserts on what it created or counts before and after, never on what another test left.
#pragma once
#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "test_server.h"

namespace safeboard::testing {

class DemoServerTest : public ::testing::Test {
 public:
  // The first column of the first row of `sql` on the server's database.
  static std::int64_t Count(const std::string& sql);
  static std::int64_t FirstId(const std::string& sql) { return Count(sql); }

 protected:
  static void SetUpTestSuite() { server_ = &SharedDemoServer(); }
  static Client SignedIn(const std::string& role) { return SignedInAs(*server_, role); }

  static TestServer* server_;

 private:
  static TestServer& SharedDemoServer();
};

// A path of the demo partnership: "/p/milton-keynes" + p.
inline std::string Path(const std::string& p) { return std::string("/p/") + kDemoSlug + p; }

// The page's <main> element (the whole body when it has none): what a page says, without the
// chrome's navigation and footer.
std::string MainOf(const HttpResult& r);
// A real one-page PDF holding `words`, printed by the packaged Chromium (documents/convert.h).
std::string PdfHolding(const std::string& words);
// A PDF's text, read by pdftotext.
std::string TextOf(const std::string& pdf);
// Schedules a meeting of the named group as `manager` on `date` (YYYY-MM-DD) at `starts_at`;
// the new meeting's id.
std::int64_t ScheduleMeeting(Client& manager, const std::string& group_name, const std::string& date,
                             const std::string& starts_at = "10:00", const std::string& location = "");

}  // namespace safeboard::testing
