// The search index (issue 15) on both backends: SQLite's FTS5 and PostgreSQL's tsvector give the
// same answers to the same words, scoped by partnership and by what the reader may see, and
// each area's stores make the documents from the demo's records.
#include <gtest/gtest.h>

#include <set>

#include "cli/commands.h"
#include "governance/store.h"
#include "meetings/store.h"
#include "plan/store.h"
#include "search/query.h"
#include "search/store.h"
#include "storage_fixture.h"

namespace safeboard::search {
namespace {

class SearchIndexTest : public storage::StorageTest {
 protected:
  std::vector<std::string> Titles(std::int64_t partnership, const std::string& query, const SearchAccess& access,
                                  std::optional<std::string> kind = std::nullopt) {
    std::vector<std::string> titles;
    for (const auto& hit : SearchStore(connection()).Search(partnership, QueryWords(query), access, kind, 50))
      titles.push_back(hit.title);
    return titles;
  }
};

SearchDocument Doc(std::string kind, std::int64_t id, std::string title, std::string body,
                   std::optional<std::int64_t> group = std::nullopt, bool confidential = false, bool draft = false) {
  SearchDocument d{std::move(kind), id, std::move(title), std::move(body), "", "/x/" + std::to_string(id), group,
                   confidential, draft};
  return d;
}

TEST_F(SearchIndexTest, EveryWordMustMatchStemmedAndOnlyWhatTheReaderMaySee) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  governance::GovernanceStore governance(connection());
  auto partnership = governance.FindPartnership("milton-keynes")->id;
  SearchStore store(connection());
  EXPECT_TRUE(store.IndexIsStale(partnership));  // never built
  {
    storage::Transaction tx(connection());
    store.LockIndex(partnership);
    store.ReplaceIndex(partnership,
                       {Doc("paper", 1, "Section 11 audits.pdf", "The audits of schools found gaps in safer recruitment"),
                        Doc("minutes", 2, "Minutes: QA", "Safer recruitment was discussed", 7, false, true),
                        Doc("paper", 3, "Case notes.pdf", "Safer recruitment in the osprey case", 7, true),
                        Doc("person", 4, "Jo Recruitment", "")},
                       "2012-03-31T09:00:00Z");
    tx.Commit();
  }
  EXPECT_FALSE(store.IndexIsStale(partnership));
  EXPECT_EQ(store.IndexedDocuments(partnership), 4);
  SearchAccess member;  // no drafts, no confidential groups
  // "audit" finds "audits" (stemmed); every word must match.
  EXPECT_EQ(Titles(partnership, "audit", member), (std::vector<std::string>{"Section 11 audits.pdf"}));
  EXPECT_EQ(Titles(partnership, "audit osprey", member), std::vector<std::string>{});
  // A title match ranks above a body match.
  auto recruitment = Titles(partnership, "recruitment", member);
  ASSERT_EQ(recruitment.size(), 2u);
  EXPECT_EQ(recruitment[0], "Jo Recruitment");
  // The confidential paper for its group only; the draft minutes for the board team only.
  SearchAccess group_member;
  group_member.confidential_groups = {7};
  EXPECT_EQ(Titles(partnership, "osprey", member), std::vector<std::string>{});
  EXPECT_EQ(Titles(partnership, "osprey", group_member), (std::vector<std::string>{"Case notes.pdf"}));
  EXPECT_EQ(Titles(partnership, "discussed", group_member), std::vector<std::string>{});
  SearchAccess board_team{true, true, {}};
  EXPECT_EQ(Titles(partnership, "discussed", board_team), (std::vector<std::string>{"Minutes: QA"}));
  EXPECT_EQ(Titles(partnership, "osprey", board_team), (std::vector<std::string>{"Case notes.pdf"}));
  // Only the kind asked for.
  EXPECT_EQ(Titles(partnership, "recruitment", board_team, "person"), (std::vector<std::string>{"Jo Recruitment"}));
  // Snippets mark the matches.
  auto hits = store.Search(partnership, QueryWords("gaps"), member, std::nullopt, 10);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_NE(hits[0].snippet.find(std::string(kMatchStart) + "gaps" + std::string(kMatchEnd)), std::string::npos)
      << hits[0].snippet;
  // Another partnership's index is its own.
  auto other = governance.CreatePartnership({0, "other-area", "Other Area Safeguarding Children Board", "Other"}, "2012-01-01T00:00:00Z");
  EXPECT_EQ(Titles(other, "audit", board_team), std::vector<std::string>{});
}

TEST_F(SearchIndexTest, EachAreaMakesItsDocumentsFromTheDemoRecords) {
  ASSERT_TRUE(cli::LoadDemo(database()));
  auto partnership = governance::GovernanceStore(connection()).FindPartnership("milton-keynes")->id;
  std::vector<SearchDocument> documents;
  for (auto more : {meetings::MeetingStore(connection()).SearchDocuments(partnership),
                    plan::PlanStore(connection()).SearchDocuments(partnership),
                    governance::GovernanceStore(connection()).SearchDocuments(partnership)})
    documents.insert(documents.end(), more.begin(), more.end());
  storage::Transaction tx(connection());
  SearchStore store(connection());
  store.LockIndex(partnership);
  store.ReplaceIndex(partnership, documents, "2012-03-31T09:00:00Z");
  tx.Commit();
  SearchAccess board_team{true, true, {}};
  // The demo's budget paper by the text inside it, the budget decision's minutes, the plan's
  // budget action, found the same on both backends.
  auto hits = store.Search(partnership, QueryWords("budget"), board_team, std::nullopt, 50);
  std::set<std::string> kinds;
  for (const auto& h : hits) kinds.insert(h.kind);
  for (const char* kind : {"paper", "minutes", "plan-action", "agenda-item"}) EXPECT_TRUE(kinds.count(kind)) << kind;
  // No document carries a person's email address.
  for (const auto& d : documents) EXPECT_EQ(d.body.find("@"), std::string::npos) << d.kind << " " << d.title;
}

}  // namespace
}  // namespace safeboard::search
