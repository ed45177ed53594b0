// Reads and writes the governance records through the storage interface, in SQL that runs on
// both backends. Every query is scoped by partnership_id: nothing here can read or change
// another partnership's records. Writes do not commit: the caller wraps them in a Transaction.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "governance/model.h"
#include "search/document.h"
#include "storage/database.h"

namespace safeboard::governance {

// RULE: issue 2 - a membership is current on a day when it started on or before that day and has
// not ended before it (governance::IsCurrentOn, in SQL). The condition on memberships aliased "m"
// for the day `on`: "?" (bind the day twice) or a column such as "g.meets_on". Every query that
// asks who is a member on a day uses it.
std::string MembershipCurrentOnSql(std::string_view on = "?");

class GovernanceStore {
 public:
  explicit GovernanceStore(storage::Connection& db) : db_(db) {}
  // The partnership's people (name, job title, agency: never contact details), groups (with their
  // terms of reference) and agencies as search documents (issue 15).
  std::vector<search::SearchDocument> SearchDocuments(std::int64_t partnership_id);

  // Partnerships.
  std::optional<Partnership> FindPartnership(const std::string& slug);
  std::int64_t CreatePartnership(const Partnership& p, const std::string& created_at);
  // The partnerships a user may see: all for an admin, otherwise those where the user is
  // linked to a person.
  std::vector<Partnership> PartnershipsOfUser(std::int64_t user_id, bool is_admin);
  // The user's memberships in the partnership that are current on `on`, for DeriveRole.
  // The person record is the user's own (their account is linked to it).
  bool IsPersonOfUser(std::int64_t partnership_id, std::int64_t person_id, std::int64_t user_id);
  // The user chairs a current group holding these confidential records (the CDOP, the case
  // review panel).
  bool ChairsGroupHolding(std::int64_t partnership_id, ConfidentialArea area, std::int64_t user_id);
  // People of every partnership not yet linked to an account, for the deployment administrator:
  // id, name, and the partnership's name.
  struct UnlinkedPerson {
    std::int64_t id;
    std::int64_t partnership_id;
    std::string full_name;
    std::string partnership_name;
  };
  std::vector<UnlinkedPerson> UnlinkedPeopleEverywhere();
  std::vector<CurrentMembership> CurrentMembershipsOfUser(std::int64_t partnership_id,
                                                                std::int64_t user_id,
                                                                const Date& on);

  // How many of each record the partnership has (ended ones too): for the set-up checklist.
  struct RecordCounts {
    int agencies = 0;
    int people = 0;
    int groups = 0;
    int memberships = 0;
  };
  RecordCounts CountRecords(std::int64_t partnership_id);

  // Agencies, with their other names.
  std::vector<Agency> ListAgencies(std::int64_t partnership_id);
  std::optional<Agency> FindAgency(std::int64_t partnership_id, std::int64_t id);
  std::int64_t CreateAgency(const Agency& agency);
  void UpdateAgency(const Agency& agency);
  void EndAgency(std::int64_t partnership_id, std::int64_t id, const Date& ended_on);

  // People.
  std::vector<Person> ListPeople(std::int64_t partnership_id);
  std::optional<Person> FindPerson(std::int64_t partnership_id, std::int64_t id);
  std::int64_t CreatePerson(const Person& person);
  void UpdatePerson(const Person& person);
  // Ends the person's involvement: sets their end date and ends their open memberships on it.
  void EndPerson(std::int64_t partnership_id, std::int64_t id, const Date& ended_on);
  void LinkPersonToUser(std::int64_t partnership_id, std::int64_t person_id, std::int64_t user_id);

  // Groups.
  std::vector<Group> ListGroups(std::int64_t partnership_id);
  std::optional<Group> FindGroup(std::int64_t partnership_id, std::int64_t id);
  std::int64_t CreateGroup(const Group& group);
  void UpdateGroup(const Group& group);
  void EndGroup(std::int64_t partnership_id, std::int64_t id, const Date& ended_on);

  // Memberships.
  std::vector<Membership> ListMemberships(std::int64_t partnership_id);  // every one, ended too
  std::vector<Membership> MembershipsOfPerson(std::int64_t partnership_id, std::int64_t person_id);
  std::vector<PersonMembership> MembershipListingOfPerson(std::int64_t partnership_id,
                                                          std::int64_t person_id);
  std::optional<Membership> FindMembership(std::int64_t partnership_id, std::int64_t id);
  // A group's members on a date (memberships covering it), or every membership ever when
  // `on` is nullopt; ordered by role then name.
  std::vector<MemberListing> MembersOfGroup(std::int64_t partnership_id, std::int64_t group_id,
                                            const std::optional<Date>& on);
  std::int64_t CreateMembership(const Membership& membership);
  void UpdateMembership(const Membership& membership);
  void EndMembership(std::int64_t partnership_id, std::int64_t id, const Date& ended_on);

  // The ids that references in this partnership may point at.
  KnownIds KnownIdsOf(std::int64_t partnership_id);

 private:
  void SetOtherNames(const Agency& agency);
  storage::Connection& db_;
};

}  // namespace safeboard::governance
