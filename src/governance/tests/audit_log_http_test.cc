// HTTP tests of the audit log (issue 15): UK time, plain verbs, links to the records, filters by
// person, kind of record and days, the same entries as CSV, and refused filters explained.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class AuditLogHttp : public DemoServerTest {};

TEST_F(AuditLogHttp, EntriesInUkTimeWithPlainWordsAndLinksFilteredAndExported) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  ASSERT_EQ(manager.Post(Path("/agencies"), "csrf_token=" + token + "&name=Audited+Agency+Trust&sector=health").status, 303);
  auto agency = FirstId("SELECT id FROM agencies WHERE name = 'Audited Agency Trust'");
  auto me = FirstId("SELECT id FROM users WHERE email = 'business.manager@demo.safeboard.test'");
  std::string filters = "?who=" + std::to_string(me) + "&record=agency&from=2012-03-31&to=2012-03-31";
  auto page = manager.Get(Path("/audit" + filters));
  ASSERT_EQ(page.status, 200) << page.body;
  // The server's day is 31 March 2012, in British Summer Time: an hour ahead of the stored UTC.
  auto stored = Count("SELECT COUNT(*) FROM audit_log WHERE record_type = 'agency' AND record_id = " + std::to_string(agency) +
                      " AND at LIKE '2012-03-31T09:%'");
  ASSERT_EQ(stored, 1);
  EXPECT_NE(page.body.find("31 March 2012, 10:"), std::string::npos);
  EXPECT_NE(page.body.find(">Created<"), std::string::npos);
  EXPECT_NE(page.body.find("href=\"" + Path("/agencies/" + std::to_string(agency)) + "\""), std::string::npos);
  EXPECT_EQ(page.body.find(">create<"), std::string::npos);  // never the stored code
  // Another kind of record, or another day, leaves it out.
  EXPECT_EQ(manager.Get(Path("/audit?record=paper")).body.find("agency " + std::to_string(agency)), std::string::npos);
  EXPECT_EQ(manager.Get(Path("/audit?from=2012-04-01")).body.find("agency " + std::to_string(agency)), std::string::npos);
  // The same entries as CSV.
  auto csv = manager.Get(Path("/audit.csv" + filters));
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.rfind("When (UK time),When (UTC),Who,What,Record,Record id,Detail", 0), 0u);
  EXPECT_NE(csv.body.find(",Created,agency," + std::to_string(agency) + ","), std::string::npos) << csv.body;
  EXPECT_EQ(csv.body.find("Signed in"), std::string::npos);  // filtered to agencies
}

TEST_F(AuditLogHttp, ABadFilterIsExplainedAndShowsNoEntries) {
  Client manager = SignedIn("business manager");
  auto page = manager.Get(Path("/audit?who=999999&from-day=31&from-month=2&from-year=2012"));
  EXPECT_EQ(page.status, 422);
  EXPECT_NE(page.body.find("Choose a person from the list"), std::string::npos);
  EXPECT_NE(page.body.find("The first day must be a real date"), std::string::npos);
  EXPECT_EQ(page.body.find("Download these entries"), std::string::npos);
  EXPECT_EQ(SignedIn("member").Get(Path("/audit.csv")).status, 403);
}

}  // namespace
}  // namespace safeboard::testing
