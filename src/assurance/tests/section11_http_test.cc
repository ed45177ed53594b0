// HTTP tests of Section 11 (issue 16): the board team opens a round for statutory partners only;
// the agency's lead fills in, evidences and submits its own return and no other; the challenge
// group changes a grade (never on its own agency's return) and raises an action the lead later
// completes; the round's figures, CSV and API follow; refusals say why and save nothing.
#include <gtest/gtest.h>

#include "demo_server_test.h"

namespace safeboard::testing {
namespace {

class Section11Http : public DemoServerTest {
 protected:
  static std::string Id(std::int64_t id) { return std::to_string(id); }
  static std::int64_t AgencyId(const std::string& name) {
    return FirstId("SELECT id FROM agencies WHERE name = '" + name + "'");
  }
  // The standard with `reference` in the round's template.
  static std::int64_t StandardOf(std::int64_t round, const std::string& reference) {
    return FirstId("SELECT s.id FROM section11_standards s JOIN section11_rounds r ON r.template_id = s.template_id "
                   "WHERE r.id = " + Id(round) + " AND s.reference = '" + reference + "'");
  }
  static std::string EvidenceUpload(const std::string& token, std::int64_t standard, const std::string& file_name,
                                    const std::string& bytes) {
    return "--B0UNDARY\r\nContent-Disposition: form-data; name=\"csrf_token\"\r\n\r\n" + token +
           "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"standard_id\"\r\n\r\n" + Id(standard) +
           "\r\n--B0UNDARY\r\nContent-Disposition: form-data; name=\"evidence\"; filename=\"" + file_name +
           "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bytes + "\r\n--B0UNDARY--\r\n";
  }
};

TEST_F(Section11Http, TheDemoRoundShowsTheAnnualReportsFindings) {
  Client member = SignedIn("member");
  auto round = FirstId("SELECT id FROM section11_rounds WHERE title = 'Section 11 audit 2011-12'");
  auto page = MainOf(member.Get(Path("/assurance/section-11/" + Id(round))));
  EXPECT_NE(page.find("10 of 10 (100%)"), std::string::npos) << page;
  EXPECT_NE(page.find("6 of 8 agencies with actions in Section 11 audit 2009-10 completed them all: most made "
                      "satisfactory progress"),
            std::string::npos);
  EXPECT_NE(page.find("Effective information sharing within the organisation</td><td class=\"govuk-table__cell\">4 of "
                      "10</td><td class=\"govuk-table__cell\">8 of 10</td><td class=\"govuk-table__cell\">Improved"),
            std::string::npos)
      << page;
  EXPECT_EQ(page.find("Ask another statutory partner"), std::string::npos);  // the board team's form
  auto csv = member.Get(Path("/assurance/section-11/" + Id(round) + ".csv"));
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.body.find("Thames Valley Police,Submitted,2011-10-05,5,"), std::string::npos) << csv.body.substr(0, 600);
  EXPECT_NE(csv.body.find("Fully met,Grade changed,Partly met"), std::string::npos);
  auto xlsx = member.Get(Path("/assurance/section-11/" + Id(round) + ".xlsx"));
  ASSERT_EQ(xlsx.status, 200);
  EXPECT_TRUE(xlsx.body.starts_with("PK"));
  auto api = member.Get("/api/v1/p/milton-keynes/assurance/section-11/rounds/" + Id(round));
  ASSERT_EQ(api.status, 200);
  EXPECT_NE(api.body.find("\"previous_actions\":{\"agencies_with_actions\":8,\"satisfactory\":6,\"most_satisfactory\":true}"),
            std::string::npos)
      << api.body.substr(0, 400);
  // Evidence files download; an unknown one is 404.
  auto file = FirstId("SELECT MIN(id) FROM section11_evidence_files");
  auto download = member.Get(Path("/assurance/section-11/files/" + Id(file)));
  ASSERT_EQ(download.status, 200);
  EXPECT_TRUE(download.body.starts_with("%PDF-"));
  EXPECT_EQ(member.Get(Path("/assurance/section-11/files/999999")).status, 404);
}

TEST_F(Section11Http, ALeadSubmitsTheChallengeGroupChallengesAndTheActionIsCompleted) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto police = AgencyId("Thames Valley Police"), probation = AgencyId("Thames Valley Probation");
  auto voluntary = FirstId("SELECT MIN(id) FROM agencies WHERE statutory = 0");
  auto v2 = FirstId("SELECT MAX(id) FROM section11_templates");
  auto qa = FirstId("SELECT id FROM partnership_groups WHERE name = 'Quality Assurance Sub-Group'");
  std::string round_form = "csrf_token=" + token + "&title=Section+11+audit+2012-13&template_id=" + Id(v2) +
                           "&opens_on=2012-03-01&returns_due_on=2012-04-30&challenge_group_id=" + Id(qa) + "&agency_" +
                           Id(police) + "=yes&agency_" + Id(probation) + "=yes";
  // A voluntary organisation is not asked for a Section 11 return: refused, nothing saved.
  auto rounds_before = Count("SELECT COUNT(*) FROM section11_rounds");
  auto refused = manager.Post(Path("/assurance/section-11"), round_form + "&agency_" + Id(voluntary) + "=yes");
  EXPECT_EQ(refused.status, 422);
  EXPECT_NE(refused.body.find("Section 11 returns are asked of statutory partners"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM section11_rounds"), rounds_before);
  ASSERT_EQ(manager.Post(Path("/assurance/section-11"), round_form).status, 303);
  auto round = FirstId("SELECT MAX(id) FROM section11_rounds");
  auto tvp_return = FirstId("SELECT id FROM section11_returns WHERE round_id = " + Id(round) + " AND agency_id = " + Id(police));
  auto probation_return =
      FirstId("SELECT id FROM section11_returns WHERE round_id = " + Id(round) + " AND agency_id = " + Id(probation));
  // Asking the same agency twice is refused.
  auto twice = manager.Post(Path("/assurance/section-11/" + Id(round) + "/returns"), "csrf_token=" + token + "&agency_id=" + Id(police));
  EXPECT_EQ(twice.status, 422);
  EXPECT_NE(twice.body.find("This agency already has a return in this round"), std::string::npos);

  // The police lead (the demo's board member) starts from the last round's agreed grades.
  Client lead = SignedIn("member");
  std::string lead_token = lead.CsrfToken();
  std::string return_path = Path("/assurance/section-11/returns/" + Id(tvp_return));
  auto form = lead.Get(return_path);
  ASSERT_EQ(form.status, 200);
  EXPECT_NE(form.body.find("Submit return"), std::string::npos);
  auto s1 = StandardOf(round, "1"), s5 = StandardOf(round, "5"), s9 = StandardOf(round, "9");
  EXPECT_NE(form.body.find("name=\"grade_" + Id(s5) + "\" type=\"radio\" value=\"2\" checked"), std::string::npos);
  // Not someone else's return.
  EXPECT_EQ(lead.Post(Path("/assurance/section-11/returns/" + Id(probation_return)), "csrf_token=" + lead_token).status, 403);
  // A grade off the scale, and submitting with a standard ungraded, are refused with nothing saved.
  auto bad = lead.Post(return_path, "csrf_token=" + lead_token + "&grade_" + Id(s1) + "=7&submit=no");
  EXPECT_EQ(bad.status, 422);
  EXPECT_NE(bad.body.find("Choose a grade for standard 1"), std::string::npos);
  auto incomplete = lead.Post(return_path, "csrf_token=" + lead_token + "&grade_" + Id(s1) + "=1&submit=yes");
  EXPECT_EQ(incomplete.status, 422);
  EXPECT_NE(incomplete.body.find("before submitting"), std::string::npos);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM section11_returns WHERE submitted_on IS NOT NULL AND id = " + Id(tvp_return)), 0);
  // Evidence: a file that is not what it says is refused; a PDF is kept.
  auto not_pdf = lead.Send("POST", return_path + "/files", EvidenceUpload(lead_token, s5, "training.pdf", "hello"),
                           "multipart/form-data; boundary=B0UNDARY");
  EXPECT_EQ(not_pdf.status, 422);
  auto pdf = lead.Send("POST", return_path + "/files", EvidenceUpload(lead_token, s5, "training.pdf", PdfHolding("78 percent trained")),
                       "multipart/form-data; boundary=B0UNDARY");
  ASSERT_EQ(pdf.status, 303) << pdf.body.substr(0, 400);
  // Every standard graded: submitted.
  std::string answers = "csrf_token=" + lead_token;
  for (int reference = 1; reference <= 9; ++reference)
    answers += "&grade_" + Id(StandardOf(round, std::to_string(reference))) + "=1&evidence_" +
               Id(StandardOf(round, std::to_string(reference))) + "=Policy+in+place";
  ASSERT_EQ(lead.Post(return_path, answers + "&submit=yes").status, 303);
  EXPECT_EQ(lead.Post(return_path, answers + "&submit=yes").status, 409);  // submitted: no more changes

  // The QA chair (from probation) changes a grade, and may not challenge probation's own return.
  Client chair = SignedIn("qa chair");
  std::string chair_token = chair.CsrfToken();
  EXPECT_EQ(chair.Post(Path("/assurance/section-11/returns/" + Id(probation_return) + "/challenge"),
                       "csrf_token=" + chair_token + "&challenged_standard_id=" + Id(s1) + "&outcome=accepted")
                .status,
            403);
  auto no_reason = chair.Post(return_path + "/challenge",
                              "csrf_token=" + chair_token + "&challenged_standard_id=" + Id(s9) + "&outcome=changed&agreed_grade=2");
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_NE(no_reason.body.find("Enter why the grade was changed"), std::string::npos);
  ASSERT_EQ(chair.Post(return_path + "/challenge", "csrf_token=" + chair_token + "&challenged_standard_id=" + Id(s9) +
                                                        "&outcome=changed&agreed_grade=2&reason=No+whistleblowing+training")
                .status,
            303);
  ASSERT_EQ(chair.Post(return_path + "/actions", "csrf_token=" + chair_token + "&standard_id=" + Id(s9) +
                                                      "&description=Whistleblowing+briefing+for+all+staff&owner=DCI&due_on=2012-09-30")
                .status,
            303);
  auto action = FirstId("SELECT MAX(id) FROM section11_actions");
  // A board member who is neither the lead nor in the challenge group cannot record progress.
  Client lay = SignedIn("lay member");
  EXPECT_EQ(lay.Post(Path("/assurance/section-11/actions/" + Id(action)), "csrf_token=" + lay.CsrfToken() + "&progress=x").status,
            403);
  // The lead completes it; a completion in the future is refused.
  auto future = lead.Post(Path("/assurance/section-11/actions/" + Id(action)),
                          "csrf_token=" + lead_token + "&progress=Done&completed_on=2012-04-02");
  EXPECT_EQ(future.status, 422);
  ASSERT_EQ(lead.Post(Path("/assurance/section-11/actions/" + Id(action)),
                      "csrf_token=" + lead_token + "&progress=Briefings+held&completed_on=2012-03-30")
                .status,
            303);
  auto round_page = MainOf(manager.Get(Path("/assurance/section-11/" + Id(round))));
  EXPECT_NE(round_page.find("1 of 2 (50%)"), std::string::npos) << round_page;
  EXPECT_NE(round_page.find("Actions completed</dt><dd class=\"govuk-summary-list__value\">1 of 1"), std::string::npos);
  auto shown = MainOf(lay.Get(return_path));
  EXPECT_NE(shown.find("No whistleblowing training"), std::string::npos);
  EXPECT_NE(shown.find("training.pdf"), std::string::npos);

  // The API: the lead cannot write another agency's return; the board team hands one back.
  auto api = lead.Send("POST", "/api/v1/p/milton-keynes/assurance/section-11/returns/" + Id(probation_return),
                       "{\"grade_" + Id(s1) + "\":1}", "application/json", {{"X-CSRF-Token", lead_token}});
  EXPECT_EQ(api.status, 403);
  auto saved = manager.Send("POST", "/api/v1/p/milton-keynes/assurance/section-11/returns/" + Id(probation_return),
                            "{\"grade_" + Id(s1) + "\":2,\"colour\":\"red\"}", "application/json", {{"X-CSRF-Token", token}});
  EXPECT_EQ(saved.status, 422);  // an unknown field
  saved = manager.Send("POST", "/api/v1/p/milton-keynes/assurance/section-11/returns/" + Id(probation_return),
                       "{\"grade_" + Id(s1) + "\":2}", "application/json", {{"X-CSRF-Token", token}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_NE(saved.body.find("\"standing\":\"in_progress\""), std::string::npos);
  EXPECT_EQ(manager.Post(return_path + "/reopen", "csrf_token=" + token).status, 200);  // asks first
  ASSERT_EQ(manager.Post(return_path + "/reopen", "csrf_token=" + token + "&confirm=yes").status, 303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM section11_returns WHERE submitted_on IS NULL AND id = " + Id(tvp_return)), 1);
}

TEST_F(Section11Http, ATemplateInUseKeepsItsStandardsAndItsNextVersionCanChange) {
  Client manager = SignedIn("business manager");
  std::string token = manager.CsrfToken();
  auto v1 = FirstId("SELECT MIN(id) FROM section11_templates");
  auto locked = manager.Post(Path("/assurance/section-11/templates/" + Id(v1)),
                             "csrf_token=" + token + "&name=S11&grades=Met%0ANot+met&reference_1=1&title_1=Commitment");
  EXPECT_EQ(locked.status, 409);
  EXPECT_NE(locked.body.find("make its next version instead"), std::string::npos);
  auto templates = Count("SELECT COUNT(*) FROM section11_templates");
  ASSERT_EQ(manager.Post(Path("/assurance/section-11/templates"), "csrf_token=" + token + "&based_on=" + Id(v1)).status, 303);
  auto next = FirstId("SELECT MAX(id) FROM section11_templates");
  EXPECT_EQ(Count("SELECT COUNT(*) FROM section11_templates"), templates + 1);
  EXPECT_EQ(Count("SELECT version FROM section11_templates WHERE id = " + Id(next)), 3);
  auto dup = manager.Post(Path("/assurance/section-11/templates/" + Id(next)),
                          "csrf_token=" + token + "&name=Section+11+standards&grades=Met%0ANot+met&reference_1=1&title_1=A" +
                              "&reference_2=1&title_2=B");
  EXPECT_EQ(dup.status, 422);
  EXPECT_NE(dup.body.find("Reference 1 is used by another standard"), std::string::npos);
  ASSERT_EQ(manager.Post(Path("/assurance/section-11/templates/" + Id(next)),
                         "csrf_token=" + token + "&name=Section+11+standards&grades=Met%0APartly+met%0ANot+met" +
                             "&reference_1=1&title_1=Senior+commitment&reference_2=10&title_2=Listening+to+children")
                .status,
            303);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM section11_standards WHERE template_id = " + Id(next)), 2);
  Client member = SignedIn("member");
  EXPECT_EQ(member.Post(Path("/assurance/section-11/templates"), "csrf_token=" + member.CsrfToken() + "&based_on=" + Id(v1)).status,
            403);
  EXPECT_NE(MainOf(member.Get(Path("/assurance/section-11/templates/" + Id(next)))).find("Listening to children"),
            std::string::npos);
}

}  // namespace
}  // namespace safeboard::testing
