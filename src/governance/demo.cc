// The governance part of the demo board (agencies, people, groups, memberships), through the
// area's store.
#include "governance/demo.h"

#include "governance/post_store.h"
#include "governance/store.h"

namespace safeboard::governance {

using demo::OptDate;
using demo::OptRef;
using demo::Ref;
using demo::Str;
using demo::Vocab;
namespace json = boost::json;

namespace {

void Agencies(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  GovernanceStore store(load.db);
  for (const auto& v : file.at("agencies").as_array()) {
    const auto& o = v.as_object();
    Agency a;
    a.partnership_id = partnership_id;
    a.name = Str(o, "name");
    a.sector = Vocab(Sectors(), o, "sector");
    a.statutory = o.at("statutory").as_bool();
    a.signed_constitution_on = OptDate(o, "signed_constitution_on");
    a.joined_on = OptDate(o, "joined_on");
    a.ended_on = OptDate(o, "ended_on");
    load.agencies[Str(o, "key")] = store.CreateAgency(a);
  }
}

void People(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  GovernanceStore store(load.db);
  for (const auto& v : file.at("people").as_array()) {
    const auto& o = v.as_object();
    Person person;
    person.partnership_id = partnership_id;
    person.full_name = Str(o, "full_name");
    person.job_title = Str(o, "job_title");
    person.agency_id = OptRef(load.agencies, o, "agency", "agency");
    person.email = Str(o, "email");
    person.phone = Str(o, "phone");
    load.people[Str(o, "key")] = store.CreatePerson(person);
  }
}

// Posts the board names as leads, with who held them (invented: see demo/NOTES.md).
void Posts(demo::DemoLoad& load) {
  PostStore store(load.db);
  for (const auto& v : load.file.at("posts").as_array()) {
    const auto& o = v.as_object();
    Post post;
    post.partnership_id = load.partnership_id;
    post.title = Str(o, "title");
    post.agency_id = OptRef(load.agencies, o, "agency", "agency");
    post.id = store.CreatePost(post);
    for (const auto& h : o.at("holders").as_array()) {
      const auto& holder = h.as_object();
      PostHolding holding;
      holding.post_id = post.id;
      holding.person_id = Ref(load.people, Str(holder, "person"), "person");
      holding.started_on = *OptDate(holder, "started_on");
      holding.id = store.AddHolding(holding);
      if (auto ended = OptDate(holder, "ended_on")) store.EndHolding(post.id, {holding.id, *ended});
    }
  }
}

void Groups(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  GovernanceStore store(load.db);
  // Groups refer to their parents: create them all, then set parents.
  std::vector<std::pair<std::int64_t, std::string>> parents;
  for (const auto& v : file.at("groups").as_array()) {
    const auto& o = v.as_object();
    Group g;
    g.partnership_id = partnership_id;
    g.name = Str(o, "name");
    g.short_name = Str(o, "short_name");
    g.kind = Vocab(GroupKinds(), o, "kind");
    g.chair_person_id = OptRef(load.people, o, "chair", "person");
    g.vice_chair_person_id = OptRef(load.people, o, "vice_chair", "person");
    g.cadence = Vocab(Cadences(), o, "cadence");
    g.terms_of_reference = Str(o, "terms_of_reference");
    g.terms_reviewed_on = OptDate(o, "terms_reviewed_on");
    if (o.contains("confidential_area"))
      g.confidential_area = Vocab(ConfidentialAreas(), o, "confidential_area");
    g.id = store.CreateGroup(g);
    load.groups[Str(o, "key")] = g.id;
    if (!Str(o, "parent").empty()) parents.emplace_back(g.id, Str(o, "parent"));
  }
  for (const auto& [id, parent] : parents) {
    auto group = *store.FindGroup(partnership_id, id);
    group.parent_group_id = Ref(load.groups, parent, "group");
    store.UpdateGroup(group);
  }
}

void Memberships(demo::DemoLoad& load) {
  const auto& file = load.file;
  const std::int64_t partnership_id = load.partnership_id;
  GovernanceStore store(load.db);
  for (const auto& v : file.at("memberships").as_array()) {
    const auto& o = v.as_object();
    Membership m;
    m.partnership_id = partnership_id;
    m.group_id = Ref(load.groups, Str(o, "group"), "group");
    m.person_id = Ref(load.people, Str(o, "person"), "person");
    m.agency_id = OptRef(load.agencies, o, "agency", "agency");
    m.role_category = Vocab(RoleCategories(), o, "role_category");
    m.started_on = *OptDate(o, "started_on");
    m.ended_on = OptDate(o, "ended_on");
    m.confidentiality_signed_on = OptDate(o, "confidentiality_signed_on");
    store.CreateMembership(m);
  }
}

}  // namespace

void LoadDemo(demo::DemoLoad& load) {
  Agencies(load);
  People(load);
  Posts(load);
  Groups(load);
  Memberships(load);
}

}  // namespace safeboard::governance
