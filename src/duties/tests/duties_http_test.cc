// HTTP tests of the governance calendar: what is due and new dates, against the real server on loopback with the demo board.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "auth/policy.h"
#include "core/date.h"
#include "demo_server_test.h"
#include "storage/database.h"

namespace safeboard::testing {
namespace {

namespace json = boost::json;

class DutiesHttp : public DemoServerTest {};

TEST_F(DutiesHttp, TheGovernanceCalendarShowsWhatIsDueAndTakesNewDates) {
  // The demo's dates are in 2011-12: by 2013 the reviews are overdue.
  TestServerOptions in_2013;
  in_2013.today = "2013-01-01";
  TestServer server(in_2013);
  auto Count = [&](const std::string& sql) {
    return storage::OpenDatabase(server.database_url())->Connect()->QueryOne(sql)->Int(0);
  };
  Client manager = SignedInAs(server, "business manager");
  std::string token = manager.CsrfToken();
  auto overview = manager.Get(Path(""));
  EXPECT_NE(overview.body.find("Review the constitution"), std::string::npos);
  EXPECT_NE(overview.body.find("Overdue"), std::string::npos);
  auto r = manager.Post(Path("/governance-dates"),
                        "csrf_token=" + token + "&constitution_reviewed_on=2199-01-01");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("The date must be today or in the past"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM partnerships WHERE constitution_reviewed_on = '2011-10-20'"), 1);
  r = manager.Post(Path("/disputes"), "csrf_token=" + token + "&summary=&raised_on=2012-01-01");
  EXPECT_EQ(r.status, 422);
  r = manager.Post(Path("/disputes"), "csrf_token=" + token + "&summary=Funding+shares&raised_on=2099-01-01");
  EXPECT_EQ(r.status, 303);
  auto calendar = manager.Get(Path("/governance-calendar"));
  EXPECT_NE(calendar.body.find("Convene the dispute: Funding shares"), std::string::npos);
  EXPECT_NE(calendar.body.find("29 January 2099"), std::string::npos);  // 28 days after raising
}

}  // namespace
}  // namespace safeboard::testing
