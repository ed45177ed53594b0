// The audit programme (issue 16) on both backends: a year's programme made once, its audits in
// order with their lead group, an edit recording the report, and the demo's 2011-12 programme
// standing on 31 March 2012 as the annual report tells it.
#include <gtest/gtest.h>

#include "assurance/assurance.h"
#include "assurance/store.h"
#include "cli/commands.h"
#include "governance/store.h"
#include "storage_fixture.h"

namespace safeboard::assurance {
namespace {

class AssuranceStoreTest : public storage::StorageTest {};

TEST_F(AssuranceStoreTest, TheDemoProgrammeStandsAsTheAnnualReportTellsIt) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  AssuranceStore store(connection());
  EXPECT_EQ(store.ProgrammeYears(partnership), std::vector<int>{2011});
  auto programme = store.FindProgramme(partnership, 2011);
  ASSERT_TRUE(programme);
  EXPECT_TRUE(programme->agreed_at_meeting_id);
  EXPECT_NE(programme->priorities.find("Section 11"), std::string::npos);
  auto audits = store.AuditsOf(partnership, programme->id);
  ASSERT_EQ(audits.size(), 6u);
  // Everything reported by the year's end but the audit funded by the Social Work Improvement
  // Fund, which the annual report carries into 2012-13, and the invented case file audit pilot.
  auto counts = CountStandings(audits, *core::ParseDate("2012-03-31"));
  EXPECT_EQ(counts[AuditStanding::kReported], 4);
  EXPECT_EQ(counts[AuditStanding::kRunning], 2);
  EXPECT_EQ(counts[AuditStanding::kOverdue], 0);
  for (const auto& a : audits) EXPECT_FALSE(a.lead_group_name.empty()) << a.title;
}

TEST_F(AssuranceStoreTest, AProgrammeIsMadeOnceAndAnAuditKeepsWhatWasSaved) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "northshire", "Northshire Safeguarding Children Board", "Northshire"},
                                                  "2012-01-01T00:00:00Z");
  AssuranceStore store(connection());
  auto first = store.ProgrammeOf(partnership, 2012);
  EXPECT_EQ(store.ProgrammeOf(partnership, 2012).id, first.id);
  EXPECT_FALSE(store.FindProgramme(partnership, 2013));
  PlannedAudit audit;
  ASSERT_TRUE(ReadPlannedAudit({{"title", "Case file audit, quarter 1"}, {"kind", "case_file"},
                                {"starts_on", "2012-04-01"}, {"report_due_on", "2012-06-30"}},
                               {}, {}, {}, audit)
                  .empty());
  audit.programme_id = first.id;
  audit.id = store.AddAudit(partnership, audit);
  audit.reported_on = core::ParseDate("2012-07-05");
  audit.findings = "Risk recognised well; plans not shared with schools.";
  store.UpdateAudit(partnership, audit);
  auto saved = store.FindAudit(partnership, audit.id);
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->kind, AuditKind::kCaseFile);
  EXPECT_EQ(core::FormatDate(*saved->reported_on), "2012-07-05");
  EXPECT_EQ(saved->findings, audit.findings);
  EXPECT_EQ(StandingOn(*saved, *core::ParseDate("2012-08-01")), AuditStanding::kReported);
  // Another partnership cannot reach it.
  EXPECT_FALSE(store.FindAudit(partnership + 1000, audit.id));
  // The database refuses a report due before the start, whatever the caller checked.
  audit.report_due_on = *core::ParseDate("2012-03-01");
  EXPECT_THROW(store.AddAudit(partnership, audit), storage::DatabaseError);
}

}  // namespace
}  // namespace safeboard::assurance
