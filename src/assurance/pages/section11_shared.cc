#include "assurance/pages/section11_shared.h"

#include <algorithm>

#include "assurance/section11_store.h"
#include "core/date.h"
#include "governance/store.h"

namespace safeboard::ui::pages::section11_pages {

std::string RoundsPath(const http::Context& ctx) { return ctx.PartnershipPath("/assurance/section-11"); }
std::string RoundPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/assurance/section-11/" + std::to_string(id));
}
std::string ReturnPath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/assurance/section-11/returns/" + std::to_string(id));
}
std::string TemplatePath(const http::Context& ctx, std::int64_t id) {
  return ctx.PartnershipPath("/assurance/section-11/templates/" + std::to_string(id));
}

assurance::Section11Round RoundOrNotFound(http::Context& ctx, std::int64_t id) {
  auto round = assurance::Section11Store(ctx.db).FindRound(ctx.partnership_id(), id);
  if (!round) throw http::NotFound{};
  return *round;
}

assurance::Section11Return ReturnOrNotFound(http::Context& ctx) {
  auto ret = assurance::Section11Store(ctx.db).FindReturn(ctx.partnership_id(), ctx.Id("id"));
  if (!ret) throw http::NotFound{};
  return *ret;
}

assurance::Section11Template TemplateOrNotFound(http::Context& ctx, std::int64_t id) {
  auto tmpl = assurance::Section11Store(ctx.db).FindTemplate(ctx.partnership_id(), id);
  if (!tmpl) throw http::NotFound{};
  return *tmpl;
}

bool IsLeadOf(http::Context& ctx, const assurance::Section11Return& ret) {
  auto user = ctx.user_id();
  return user && ret.lead_person_id &&
         governance::GovernanceStore(ctx.db).IsPersonOfUser(ctx.partnership_id(), *ret.lead_person_id, *user);
}

bool CanEditReturn(http::Context& ctx, const assurance::Section11Return& ret) {
  return CanManage(ctx) || IsLeadOf(ctx, ret);
}

namespace {
bool IsFromAgency(http::Context& ctx, std::int64_t agency_id) {
  auto user = ctx.user_id();
  if (!user) return false;
  for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id()))
    if (p.user_id == *user && p.agency_id == agency_id) return true;
  return false;
}
}  // namespace

bool CanChallenge(http::Context& ctx, const assurance::Section11Round& round, const assurance::Section11Return& ret) {
  if (CanManage(ctx)) return true;
  if (!round.challenge_group_id || ctx.role < auth::Role::kMember) return false;
  const auto& groups = ctx.access.groups;
  if (std::find(groups.begin(), groups.end(), *round.challenge_group_id) == groups.end()) return false;
  return !IsFromAgency(ctx, ret.agency_id);
}

bool CanUpdateAction(http::Context& ctx, const assurance::Section11Round& round, const assurance::Section11Return& ret) {
  return CanChallenge(ctx, round, ret) || IsLeadOf(ctx, ret);
}

std::vector<governance::Agency> StatutoryAgencies(http::Context& ctx, const core::Date& on) {
  std::vector<governance::Agency> out;
  for (auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (a.statutory && !(a.ended_on && *a.ended_on < on) && !(a.joined_on && on < *a.joined_on))
      out.push_back(std::move(a));
  return out;
}

std::vector<std::int64_t> StatutoryAgencyIds(http::Context& ctx) {
  std::vector<std::int64_t> ids;
  for (const auto& a : governance::GovernanceStore(ctx.db).ListAgencies(ctx.partnership_id()))
    if (a.statutory) ids.push_back(a.id);
  return ids;
}

std::vector<std::int64_t> PeopleIdsOf(http::Context& ctx, std::int64_t agency_id) {
  std::vector<std::int64_t> ids;
  for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id()))
    if (p.agency_id == agency_id) ids.push_back(p.id);
  return ids;
}

Options PeopleOptionsOf(http::Context& ctx, std::int64_t agency_id) {
  Options out;
  for (const auto& p : governance::GovernanceStore(ctx.db).ListPeople(ctx.partnership_id()))
    if (p.agency_id == agency_id && !p.ended_on)
      out.emplace_back(std::to_string(p.id), p.full_name + (p.job_title.empty() ? "" : ", " + p.job_title));
  return out;
}

Options GradeOptions(const assurance::Section11Template& tmpl) {
  Options out;
  for (std::size_t i = 0; i < tmpl.grades.size(); ++i) out.emplace_back(std::to_string(i + 1), tmpl.grades[i]);
  return out;
}

std::string TemplateLabel(const assurance::Section11Template& tmpl) {
  return tmpl.name + ", version " + std::to_string(tmpl.version);
}

}  // namespace safeboard::ui::pages::section11_pages
