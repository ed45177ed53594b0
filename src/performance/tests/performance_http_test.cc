// HTTP tests of performance data: indicator values and the child protection rate, the API sharing the
// pages' rules, value imports checked whole, against the real server on loopback with the demo board.
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

class PerformanceHttp : public DemoServerTest {};

TEST_F(PerformanceHttp, IndicatorValuesAreCheckedAndShownWithTheChildProtectionRate) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto indicator = FirstId("SELECT id FROM indicators WHERE code = 'NI 63'");
  std::string path = Path("/indicators/" + std::to_string(indicator));
  auto before = Count("SELECT COUNT(*) FROM indicator_values");
  auto r = manager.Post(path + "/values", "csrf_token=" + token + "&period=2011-13&value=abc");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Enter a period like 2011-12"), std::string::npos);
  EXPECT_NE(r.body.find("Enter the value as a number"), std::string::npos);
  r = manager.Post(path + "/values", "csrf_token=" + token + "&period=2010-11&value=120");
  EXPECT_EQ(r.status, 422);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_values"), before);
  r = manager.Post(path + "/values", "csrf_token=" + token + "&period=2010-11&value=74.5");
  EXPECT_EQ(r.status, 303);
  auto page = manager.Get(path);
  EXPECT_NE(page.body.find("<svg"), std::string::npos);
  EXPECT_NE(page.body.find("74.5%"), std::string::npos);
  EXPECT_NE(page.body.find("Target not met"), std::string::npos);  // 74.5 against 76
  // A rate per 10,000 takes a count; the rate is computed from the year's population.
  auto rate = FirstId("SELECT id FROM indicators WHERE code = 'CP rate'");
  r = manager.Post(Path("/indicators/" + std::to_string(rate) + "/values"), "csrf_token=" + token + "&period=2011-12&value=9.4");
  EXPECT_EQ(r.status, 422);
  r = manager.Post(Path("/indicators/" + std::to_string(rate) + "/values"), "csrf_token=" + token + "&period=2014-15&count=60");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Record the child population for 2014-15 first"), std::string::npos);
  r = manager.Post(Path("/indicators/" + std::to_string(rate) + "/values"), "csrf_token=" + token + "&period=2011-12%20Q1&count=50");
  EXPECT_EQ(r.status, 303);
  EXPECT_NE(manager.Get(Path("/indicators/" + std::to_string(rate))).body.find("8.5"), std::string::npos);  // 50 of 58,600
  auto cp = manager.Get(Path("/child-protection"));
  EXPECT_NE(cp.body.find("9.4"), std::string::npos);
  EXPECT_NE(cp.body.find("1451"), std::string::npos);
}

TEST_F(PerformanceHttp, ThePlanAndIndicatorApiSharesThePagesRules) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto plans = json::parse(manager.Get("/api/v1/p/milton-keynes/plans").body).as_object();
  ASSERT_FALSE(plans.at("plans").as_array().empty());
  auto plan_id = plans.at("plans").as_array()[0].as_object().at("id").as_int64();
  auto plan = json::parse(manager.Get("/api/v1/p/milton-keynes/plans/" + std::to_string(plan_id)).body).as_object();
  EXPECT_FALSE(plan.at("objectives").as_array().empty());
  auto action = FirstId("SELECT MIN(id) FROM plan_actions");
  auto r = manager.Send("POST", "/api/v1/p/milton-keynes/plan-actions/" + std::to_string(action) + "/updates",
                        R"({"rag":"purple","text":""})", "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(r.status, 422);
  auto errors = json::parse(r.body).at("errors").as_object();
  EXPECT_TRUE(errors.contains("rag"));
  EXPECT_TRUE(errors.contains("text"));
  r = manager.Send("POST", "/api/v1/p/milton-keynes/plan-actions/" + std::to_string(action) + "/updates",
                   R"({"rag":"green","text":"Done"})", "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(r.status, 201);
  EXPECT_EQ(json::parse(r.body).at("latest_rag").as_string(), "green");
  Client lay = SignedIn("lay member");
  r = lay.Send("POST", "/api/v1/p/milton-keynes/plan-actions/" + std::to_string(action) + "/updates",
               R"({"rag":"red","text":"No"})", "application/json", {{"X-CSRF-Token", lay.CsrfToken()}});
  EXPECT_EQ(r.status, 403);
  auto indicator = FirstId("SELECT id FROM indicators WHERE code = 'NI 59'");
  r = manager.Send("POST", "/api/v1/p/milton-keynes/indicators/" + std::to_string(indicator) + "/values",
                   R"({"period":"2010-11","value":81.5})", "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(r.status, 201) << r.body;
  auto values = json::parse(manager.Get("/api/v1/p/milton-keynes/indicators/" + std::to_string(indicator) + "/values").body);
  bool found = false;
  for (const auto& v : values.at("values").as_array())
    if (v.at("period").as_string() == "2010-11") {
      found = true;
      EXPECT_EQ(v.at("value").as_double(), 81.5);
      EXPECT_EQ(v.at("target").as_double(), 82);
    }
  EXPECT_TRUE(found);
}

TEST_F(PerformanceHttp, IndicatorValuesImportOnlyWhenEveryRowIsRight) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto before = Count("SELECT COUNT(*) FROM indicator_values");
  auto upload = [&](const std::string& csv) {
    std::string body = "--B0UNDARY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
                       "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"values.csv\"\r\n\r\n" +
                       csv + "\r\n--B0UNDARY--\r\n";
    return manager.Send("POST", Path("/indicators/import"), body, "multipart/form-data; boundary=B0UNDARY");
  };
  auto r = upload("Code,Period,Value\nNI 60,2011-12,86\nNI 60,2011-12 Q5,86\nNI 404,2011-12,1\n");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("correct these 2 problems"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_values"), before);
  EXPECT_NE(r.body.find("&quot;NI 404&quot; is not an indicator in the catalogue; did you mean"), std::string::npos);
  r = upload("Code,Period,Value\nNI 60,2011-12,86\nNI 59,2011-12,79.5\n");
  EXPECT_EQ(r.status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_values"), before + 2);
}

// RULE: issue 14 - indicators from the board's own spreadsheet: every row checked first, names
// matched with near ones suggested, a new cluster named on several rows created once.
TEST_F(PerformanceHttp, IndicatorsImportFromASpreadsheetOnlyWhenEveryRowIsRight) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto upload = [&](const std::string& csv) {
    std::string body = "--B0UNDARY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
                       "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"file\"; filename=\"ind.csv\"\r\n\r\n" +
                       csv + "\r\n--B0UNDARY--\r\n";
    return manager.Send("POST", Path("/indicator-import"), body, "multipart/form-data; boundary=B0UNDARY");
  };
  auto indicators = Count("SELECT COUNT(*) FROM indicators");
  auto clusters = Count("SELECT COUNT(*) FROM indicator_clusters");
  std::string header = "Code,Name,Cluster,Agency,Group,Unit,Better,Frequency,Target year,Target\n";
  auto r = upload(header + "LSCB 90,Audits completed,Assurance,Thames Valley Polise,,Count,Higher,Annual,,\n"
                           "LSCB 91,Audits on time,Assurance,,QA,Percentage,Higher,Annual,2025-26,120\n");
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("did you mean &quot;Thames Valley Police&quot;"), std::string::npos) << r.body;
  EXPECT_NE(r.body.find("percentage from 0 to 100"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicators"), indicators);
  r = upload(header + "LSCB 90,Audits completed,Assurance,Thames Valley Police,,Count,Higher,Annual,,\n"
                      "LSCB 91,Audits on time,assurance,,QA,Percentage,Higher,Annual,2025-26,90\n");
  ASSERT_EQ(r.status, 303) << r.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicators"), indicators + 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_clusters"), clusters + 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicators i JOIN indicator_targets t ON t.indicator_id = i.id "
                  "WHERE i.code = 'LSCB 91'"),
            1);
  EXPECT_NE(manager.Get(Path("/performance")).body.find("Audits on time"), std::string::npos);
  // The same codes again are refused.
  EXPECT_EQ(upload(header + "LSCB 90,Again,Assurance,Thames Valley Police,,Count,Higher,Annual,,\n").status, 422);
  auto xlsx = manager.Get(Path("/indicator-import/template.xlsx"));
  EXPECT_EQ(xlsx.status, 200);
  EXPECT_EQ(xlsx.body.substr(0, 2), "PK");
  EXPECT_NE(manager.Get(Path("/indicator-import/template.csv")).body.find("Code,Name,Cluster"), std::string::npos);
}

// RULE: issue 14 - the board team adds, edits and retires its own indicators (page and API);
// the responsible agencies' members record values.
TEST_F(PerformanceHttp, TheBoardTeamKeepsItsOwnIndicatorCatalogue) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto police = FirstId("SELECT a.id FROM agencies a JOIN partnerships p ON p.id = a.partnership_id "
                        "WHERE p.slug = 'milton-keynes' AND a.sector = 'police'");
  auto health = FirstId("SELECT MIN(a.id) FROM agencies a JOIN partnerships p ON p.id = a.partnership_id "
                        "WHERE p.slug = 'milton-keynes' AND a.sector = 'health'");
  auto before = Count("SELECT COUNT(*) FROM indicators");
  EXPECT_EQ(manager.Get(Path("/indicators/new")).status, 200);
  auto form = [&](std::vector<std::pair<std::string, std::string>> fields) {
    std::string body = "csrf_token=" + token;
    for (const auto& [k, v] : fields) body += "&" + UrlEncode(k) + "=" + UrlEncode(v);
    return body;
  };
  // Bad input: the form comes back with the problems and what was typed.
  auto r = manager.Post(Path("/indicators"), form({{"code", "LSCB 40"}, {"name", "Neglect cases audited"},
                                                   {"responsible", "agencies"}, {"agency_ids-" + std::to_string(police), "yes"},
                                                   {"unit", "count"}, {"better", "higher"}, {"frequency", "annual"}}));
  EXPECT_EQ(r.status, 422);
  EXPECT_NE(r.body.find("Select at least two agencies"), std::string::npos);
  EXPECT_NE(r.body.find("Neglect cases audited"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicators"), before);
  // A new cluster, two agencies and a target.
  r = manager.Post(Path("/indicators"), form({{"code", "LSCB 40"}, {"name", "Neglect cases audited"},
                                              {"new_cluster", "Neglect"}, {"responsible", "agencies"},
                                              {"agency_ids-" + std::to_string(police), "yes"},
                                              {"agency_ids-" + std::to_string(health), "yes"},
                                              {"unit", "count"}, {"better", "higher"}, {"frequency", "annual"},
                                              {"target_year", "2011-12"}, {"target", "12"}}));
  ASSERT_EQ(r.status, 303) << r.body;
  auto id = FirstId("SELECT id FROM indicators WHERE code = 'LSCB 40'");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicator_agencies WHERE indicator_id = " + std::to_string(id)), 2);
  EXPECT_EQ(Count("SELECT CAST(value AS INTEGER) FROM indicator_targets WHERE indicator_id = " + std::to_string(id)), 12);
  auto page = manager.Get(Path("/performance"));
  EXPECT_NE(page.body.find("Neglect</caption>"), std::string::npos) << "the new cluster is a table of the dashboard";
  // Retired: out of its cluster, listed as retired, values kept; then brought back.
  r = manager.Post(Path("/indicators/" + std::to_string(id) + "/retire"), "csrf_token=" + token);
  EXPECT_EQ(r.status, 303);
  EXPECT_NE(manager.Get(Path("/performance")).body.find("Retired indicators"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicators WHERE retired_on IS NOT NULL AND id = " + std::to_string(id)), 1);
  manager.Post(Path("/indicators/" + std::to_string(id) + "/retire"), "csrf_token=" + token);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM indicators WHERE retired_on IS NULL AND id = " + std::to_string(id)), 1);

  // The API: all agencies, unknown fields refused, then a change by PUT.
  auto send = [&](const std::string& method, const std::string& path, const std::string& body) {
    return manager.Send(method, "/api/v1/p/milton-keynes" + path, body, "application/json", {{"X-CSRF-Token", token}});
  };
  r = send("POST", "/indicators", R"({"code": "LSCB 41", "name": "Staff trained", "new_cluster": "Neglect",
                                     "responsible": "all_agencies", "unit": "percentage", "better": "higher",
                                     "frequency": "annual", "owner": "x"})");
  EXPECT_EQ(r.status, 422);
  r = send("POST", "/indicators", R"({"code": "LSCB 41", "name": "Staff trained", "new_cluster": "neglect",
                                     "responsible": "all_agencies", "unit": "percentage", "better": "higher",
                                     "frequency": "annual"})");
  ASSERT_EQ(r.status, 201) << r.body;
  auto created = json::parse(r.body).as_object();
  EXPECT_EQ(created.at("cluster").as_string(), "Neglect");  // the same cluster, whatever the case
  EXPECT_EQ(created.at("responsible_name").as_string(), "All agencies");
  created["name"] = "Staff trained in neglect";
  r = send("PUT", "/indicators/" + std::to_string(created.at("id").as_int64()), json::serialize(created));
  EXPECT_EQ(r.status, 200) << r.body;
  EXPECT_EQ(json::parse(r.body).at("name").as_string(), "Staff trained in neglect");
  // Any agency's member records a value of an all-agencies indicator.
  Client member = SignedIn("member");
  r = member.Send("POST", "/api/v1/p/milton-keynes/indicators/" + std::to_string(created.at("id").as_int64()) + "/values",
                  R"({"period": "2011-12", "value": 80})", "application/json", {{"X-CSRF-Token", member.CsrfToken()}});
  EXPECT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(member.Get(Path("/indicators/new")).status, 403);
}

TEST_F(PerformanceHttp, ABaselineWithNoTargetOfItsOwnIsMeasuredAgainstTheNextTargetSet) {
  // NI 71's latest value is its 2008-09 baseline; the board set targets for 2009-10 and 2010-11.
  auto indicator = FirstId("SELECT id FROM indicators WHERE code = 'NI 71' AND partnership_id = 1");
  auto own = Count("SELECT COUNT(*) FROM indicator_targets t JOIN indicator_values v ON v.indicator_id = t.indicator_id "
                   "AND t.year_label = v.period WHERE t.indicator_id = " + std::to_string(indicator));
  ASSERT_EQ(own, 0);
  auto next = Count("SELECT CAST(value AS INTEGER) FROM indicator_targets WHERE indicator_id = " + std::to_string(indicator) +
                    " AND year_label = '2009-10'");
  Client member = SignedIn("member");
  std::string expected = "against the 2009-10 target of " + std::to_string(next);
  EXPECT_NE(member.Get(Path("")).body.find(expected), std::string::npos);
  auto page = member.Get(Path("/performance")).body;
  EXPECT_NE(page.find("against the 2009-10 target, " + std::to_string(next)), std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
