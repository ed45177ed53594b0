#include "assurance/assurance.h"

#include <gtest/gtest.h>

namespace safeboard::assurance {
namespace {

Date D(const char* iso) { return *core::ParseDate(iso); }

PlannedAudit Audit(const char* starts, const char* due, std::optional<const char*> reported = std::nullopt) {
  PlannedAudit a;
  a.starts_on = D(starts);
  a.report_due_on = D(due);
  if (reported) a.reported_on = D(*reported);
  return a;
}

TEST(StandingOn, PlannedRunningOverdueOrReportedFromTheDatesAndTheDay) {
  auto a = Audit("2011-06-01", "2011-12-31");
  EXPECT_EQ(StandingOn(a, D("2011-05-31")), AuditStanding::kPlanned);
  EXPECT_EQ(StandingOn(a, D("2011-06-01")), AuditStanding::kRunning);
  EXPECT_EQ(StandingOn(a, D("2011-12-31")), AuditStanding::kRunning);  // due today: not yet overdue
  EXPECT_EQ(StandingOn(a, D("2012-01-01")), AuditStanding::kOverdue);
  EXPECT_EQ(StandingOn(Audit("2011-06-01", "2011-12-31", "2012-02-01"), D("2012-03-31")), AuditStanding::kReported);
  std::vector<PlannedAudit> all = {a, Audit("2012-06-01", "2012-09-01"), Audit("2011-04-01", "2011-06-30", "2011-06-16")};
  auto counts = CountStandings(all, D("2012-03-31"));
  EXPECT_EQ(counts[AuditStanding::kOverdue], 1);
  EXPECT_EQ(counts[AuditStanding::kPlanned], 1);
  EXPECT_EQ(counts[AuditStanding::kReported], 1);
  EXPECT_EQ(counts[AuditStanding::kRunning], 0);
}

TEST(ReadPlannedAudit, RefusesEachBadFieldWithAMessage) {
  PlannedAudit ok;
  EXPECT_TRUE(ReadPlannedAudit({{"title", "Section 11 audit"}, {"kind", "section_11"}, {"lead_group_id", "3"},
                                {"starts_on", "2011-06-01"}, {"report_due_on", "2012-01-31"}},
                               {3}, {}, {}, ok)
                  .empty());
  EXPECT_EQ(ok.kind, AuditKind::kSection11);
  EXPECT_EQ(ok.lead_group_id, 3);
  PlannedAudit bad;
  auto errors = ReadPlannedAudit({{"kind", "gossip"}, {"lead_group_id", "99"}, {"starts_on", "2011-06-01"},
                                  {"report_due_on", "2011-05-01"}, {"reported_on", "2011-05-02"},
                                  {"reported_at_meeting_id", "5"}},
                                 {3}, {5}, {}, bad);
  EXPECT_EQ(*errors.For("title"), "Enter the audit's title");
  EXPECT_EQ(*errors.For("kind"), "Select the kind of audit");
  EXPECT_NE(errors.For("lead_group_id"), nullptr);
  EXPECT_EQ(*errors.For("report_due_on"), "The report must be due on or after the start date");
  EXPECT_EQ(*errors.For("reported_on"), "The report cannot come before the audit started");
}

TEST(ReadPlannedAudit, AFollowUpFollowsAnotherAuditOfTheBoard) {
  PlannedAudit audit;
  audit.id = 8;
  core::FieldValues in{{"title", "Neglect re-audit"}, {"kind", "case_file"}, {"starts_on", "2012-06-01"},
                       {"report_due_on", "2012-09-30"}, {"follows_audit_id", "7"}};
  EXPECT_TRUE(ReadPlannedAudit(in, {}, {}, {7, 8}, audit).empty());
  EXPECT_EQ(audit.follows_audit_id, 7);
  in["follows_audit_id"] = "8";
  EXPECT_EQ(*ReadPlannedAudit(in, {}, {}, {7, 8}, audit).For("follows_audit_id"), "An audit cannot follow up itself");
  in["follows_audit_id"] = "9";  // not this board's
  EXPECT_NE(ReadPlannedAudit(in, {}, {}, {7, 8}, audit).For("follows_audit_id"), nullptr);
}

}  // namespace
}  // namespace safeboard::assurance
