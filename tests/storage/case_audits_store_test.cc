// Multi-agency case file audits (issue 16) on both backends: the demo's invented pilot cohort
// added up, and a new board's case from selection to its last action, its reference refused a
// second time by the database too, and nothing of it reachable from another board.
#include <gtest/gtest.h>

#include "assurance/assurance.h"
#include "assurance/case_audits.h"
#include "assurance/case_audits_store.h"
#include "assurance/store.h"
#include "cli/commands.h"
#include "governance/store.h"
#include "storage_fixture.h"

namespace safeboard::assurance {
namespace {

class CaseAuditStoreTest : public storage::StorageTest {};

Date D(const char* iso) { return *core::ParseDate(iso); }

TEST_F(CaseAuditStoreTest, TheDemosPilotCohortAddsUp) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  CaseAuditStore store(connection());
  EXPECT_EQ(store.Target(partnership), 4);
  auto cases = store.CasesBetween(partnership, D("2011-04-01"), D("2012-03-31"));
  ASSERT_EQ(cases.size(), 3u);
  auto cohorts = CohortsOf(cases, 2011, store.Target(partnership));
  EXPECT_EQ(cohorts[3].cases, 3);
  EXPECT_EQ(cohorts[3].discussed, 2);
  EXPECT_FALSE(cohorts[3].Met());
  EXPECT_EQ(GradeCounts(cases)[AuditDomain::kOverall][CaseGrade::kGood], 2);
  EXPECT_EQ(StageOf(cases[0]), CaseStage::kClosed);
  EXPECT_EQ(StageOf(cases[1]), CaseStage::kActionsOpen);
  EXPECT_EQ(StageOf(cases[2]), CaseStage::kAgencyParts);
  EXPECT_EQ(cases[0].parts.size(), 3u);
  EXPECT_EQ(cases[0].findings.size(), 3u);
  EXPECT_EQ(FindingsByAgency(cases)["Agencies together"].training, 1);
  ASSERT_TRUE(cases[0].audit_group_id);
}

TEST_F(CaseAuditStoreTest, ACaseFromSelectionToItsLastActionScopedToItsBoard) {
  governance::GovernanceStore governance(connection());
  auto partnership = governance.CreatePartnership({0, "northshire", "Northshire Safeguarding Children Board", "Northshire"},
                                                  "2012-01-01T00:00:00Z");
  auto other = governance.CreatePartnership({0, "southshire", "Southshire Safeguarding Children Board", "Southshire"},
                                            "2012-01-01T00:00:00Z");
  governance::Agency police{0, partnership, "Northshire Police", governance::Sector::kPolice, true};
  governance::Agency health{0, partnership, "Northshire Health", governance::Sector::kHealth, true};
  police.id = governance.CreateAgency(police);
  health.id = governance.CreateAgency(health);
  AssuranceStore programmes(connection());
  PlannedAudit audit;
  audit.title = "Case file audit";
  audit.kind = AuditKind::kCaseFile;
  audit.starts_on = D("2012-04-01");
  audit.report_due_on = D("2013-03-31");
  audit.programme_id = programmes.ProgrammeOf(partnership, 2012).id;
  audit.id = programmes.AddAudit(partnership, audit);

  CaseAuditStore store(connection());
  store.SaveTarget(partnership, 3);
  store.SaveTarget(partnership, 5);
  EXPECT_EQ(store.Target(partnership), 5);
  EXPECT_FALSE(store.Target(other));
  ASSERT_EQ(store.CaseFileAudits(partnership).size(), 1u);
  EXPECT_TRUE(store.CaseFileAudits(other).empty());

  AuditedCase audited;
  auto today = D("2012-12-31");
  core::FieldValues in{{"planned_audit_id", std::to_string(audit.id)}, {"reference", "NS-2012-01"},
                       {"selected_on", "2012-05-02"}, {"agency_" + std::to_string(police.id), "yes"},
                       {"agency_" + std::to_string(health.id), "yes"}};
  ASSERT_TRUE(ReadAuditedCase(in, {audit.id}, store.References(partnership), {police.id, health.id}, today, audited).empty());
  audited.id = store.AddCase(partnership, audited);
  // The reference again, in another case: the reader refuses it, and so does the database.
  EXPECT_NE(ReadAuditedCase(in, {audit.id}, store.References(partnership), {police.id, health.id}, today, audited)
                .For("reference"),
            nullptr);
  AuditedCase again = audited;
  again.reference = "ns-2012-01";
  try {
    store.AddCase(partnership, again);
    ADD_FAILURE() << "a reused reference was stored";
  } catch (const storage::DatabaseError& e) {
    EXPECT_TRUE(e.constraint());
  }

  auto c = *store.FindCase(partnership, audited.id);
  EXPECT_EQ(c.audit_title, "Case file audit");
  for (auto part : c.parts) {
    part.summary = "Records show involvement";
    part.completed_on = D("2012-05-20");
    store.SavePart(c.id, part);
  }
  c = *store.FindCase(partnership, audited.id);
  EXPECT_EQ(StageOf(c), CaseStage::kAwaitingDiscussion);
  core::FieldValues discussion{{"discussed_on", "2012-06-01"}};
  for (const auto& d : AuditDomains()) discussion["grade_" + std::string(d.code)] = "requires_improvement";
  ASSERT_TRUE(ReadDiscussion(discussion, c, today, c).empty());
  store.SaveDiscussion(partnership, c);
  c = *store.FindCase(partnership, audited.id);
  EXPECT_EQ(c.grades.size(), AuditDomains().size());
  CaseFinding finding;
  ASSERT_TRUE(ReadFinding({{"agency_id", std::to_string(police.id)}, {"kind", "deficit"}, {"text", "Late notification"},
                           {"follow_up", "action"}, {"follow_up_text", "Notify within a day"}, {"due_on", "2012-09-30"}},
                          c, finding)
                  .empty());
  finding.id = store.AddFinding(c.id, finding);
  EXPECT_EQ(store.CaseOfFinding(partnership, finding.id), c.id);
  EXPECT_FALSE(store.CaseOfFinding(other, finding.id));
  EXPECT_EQ(StageOf(*store.FindCase(partnership, c.id)), CaseStage::kActionsOpen);
  store.CompleteFinding(c.id, finding.id, D("2012-09-15"));
  c = *store.FindCase(partnership, audited.id);
  EXPECT_EQ(c.findings[0].completed_on, D("2012-09-15"));
  EXPECT_EQ(c.findings[0].agency_name, "Northshire Police");
  EXPECT_EQ(StageOf(c), CaseStage::kClosed);

  EXPECT_FALSE(store.FindCase(other, audited.id));
  EXPECT_TRUE(store.CasesBetween(other, D("2012-04-01"), D("2013-03-31")).empty());
  EXPECT_TRUE(store.References(other).empty());
  EXPECT_EQ(store.CasesBetween(partnership, D("2012-04-01"), D("2013-03-31")).size(), 1u);
}

}  // namespace
}  // namespace safeboard::assurance
