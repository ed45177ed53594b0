#include "accounts/invitation_mail.h"
#include "accounts/api.h"

#include <boost/json.hpp>

#include "accounts/invitations.h"
#include "accounts/setup.h"
#include "http/cookies.h"
#include "api/json_io.h"
#include "core/financial_year.h"
#include "governance/partnership_form.h"
#include "governance/store.h"

namespace safeboard::api {
namespace {

namespace json = boost::json;

std::string Text(const json::value& v) {
  if (v.is_string()) return std::string(v.as_string());
  if (v.is_int64()) return std::to_string(v.as_int64());
  if (v.is_uint64()) return std::to_string(v.as_uint64());
  return "";
}

// The body as the fields governance::ReadNewPartnership reads (the page form's), refusing any
// field it does not know rather than dropping it:
//   {"name", "slug", "area", "child_population": {"2025-26": 58600, ...},
//    "business_manager": {"full_name", "email", "job_title"}}
core::FieldValues FieldsOf(const json::object& body, core::FieldErrors& errors) {
  core::FieldValues in;
  for (const auto& [key, value] : body) {
    if (key == "name" || key == "slug" || key == "area") {
      if (!value.is_string() && !value.is_null()) errors.Add(std::string(key), "Must be a string");
      in[std::string(key)] = Text(value);
    } else if (key == "child_population") {
      if (!value.is_object()) {
        errors.Add("child_population", "Must be an object of years and numbers, like {\"2025-26\": 58600}");
        continue;
      }
      int row = 0;
      for (const auto& [year, children] : value.as_object()) {
        if (++row > governance::kMaxPopulationRows) {
          errors.Add("child_population", "Give at most " + std::to_string(governance::kMaxPopulationRows) + " years");
          break;
        }
        std::string prefix = "population-" + std::to_string(row);
        in[prefix + "-year"] = std::string(year);
        in[prefix + "-children"] = children.is_number() ? Text(children) : "not a number";
      }
    } else if (key == "business_manager") {
      if (!value.is_object()) {
        errors.Add("business_manager", "Must be an object with full_name, email and job_title");
        continue;
      }
      for (const auto& [field, text] : value.as_object()) {
        if (field == "full_name") in["manager_name"] = Text(text);
        else if (field == "email") in["manager_email"] = Text(text);
        else if (field == "job_title") in["manager_job_title"] = Text(text);
        else errors.Add("business_manager." + std::string(field), "Unknown field: this API does not store it");
      }
    } else {
      errors.Add(std::string(key), "Unknown field: this API does not store it");
    }
  }
  return in;
}

// The reader's field names in the JSON's terms.
core::FieldErrors InJsonTerms(const core::FieldErrors& errors) {
  core::FieldErrors out;
  for (const auto& e : errors.all()) {
    std::string field = e.field;
    if (field == "manager_name") field = "business_manager.full_name";
    else if (field == "manager_email") field = "business_manager.email";
    else if (field == "manager_job_title") field = "business_manager.job_title";
    else if (field.starts_with("population-")) field = "child_population";
    out.Add(field, e.message);
  }
  return out;
}

}  // namespace

http::Response CreatePartnership(http::Context& ctx) {
  boost::system::error_code ec;
  json::value body = json::parse(ctx.request.body, ec);
  if (ec || !body.is_object()) return Error(400, "The request body must be a JSON object");
  core::FieldErrors errors;
  auto in = FieldsOf(body.as_object(), errors);
  if (!errors.empty()) return FieldErrorsResponse(errors);
  governance::NewPartnership request;
  errors = InJsonTerms(governance::ReadNewPartnership(in, request));
  if (errors.empty() && governance::GovernanceStore(ctx.db).FindPartnership(request.partnership.slug))
    errors.Add("slug", "A partnership already has this short name: choose another");
  if (!errors.empty()) return FieldErrorsResponse(errors);
  storage::Transaction tx(ctx.db);
  auto set_up = accounts::SetUpPartnership(ctx.db, ctx.clock, request, ctx.user_id(), ctx.request.remote_address);
  bool emailed = set_up.invitation &&
                 accounts::QueueInvitationEmail(ctx, request.business_manager.full_name, request.business_manager.email,
                                                set_up.partnership.name, *set_up.invitation);
  tx.Commit();
  json::object populations;
  for (const auto& p : request.child_populations) populations[core::FinancialYearLabel(p.year_start)] = p.children;
  json::object out{
      {"partnership", {{"id", set_up.partnership.id}, {"slug", set_up.partnership.slug},
                       {"name", set_up.partnership.name}, {"area", set_up.partnership.area},
                       {"child_population", populations}}},
      {"board_group_id", set_up.board_group_id},
      {"business_manager", {{"person_id", set_up.manager_person_id}, {"user_id", set_up.manager_user_id}}},
      {"invitation_path", set_up.invitation ? json::value(accounts::InvitationPath(*set_up.invitation)) : nullptr},
      {"invitation_emailed", emailed},
      {"invitation_expires_at",
       set_up.invitation ? json::value(core::FormatTimestamp(set_up.invitation->expires_at)) : nullptr}};
  return Json(201, out);
}

http::Response AcceptInvitation(http::Context& ctx) {
  std::string error;
  auto values = ReadBody(ctx, error);
  if (!values) return Error(400, error);
  constexpr std::string_view kFields[] = {"password"};
  core::FieldErrors errors = UnknownFields(*values, kFields);
  if (!errors.empty()) return FieldErrorsResponse(errors);
  auto accepted = accounts::AcceptInvitation(ctx, ctx.params.at("token"), *values, errors);
  if (!errors.empty()) return FieldErrorsResponse(errors);
  if (!accepted) return Error(410, "This invitation has expired or has already been used");
  json::array partnerships;
  for (const auto& p : accepted->partnerships) partnerships.push_back(json::value(p.slug));
  const auto& user = accepted->session.user;
  auto r = Json(200, json::object{{"id", user.id},
                                  {"email", user.email},
                                  {"display_name", user.display_name},
                                  {"csrf_token", accepted->session.csrf_token},
                                  {"partnerships", partnerships}});
  r.headers.emplace_back("Set-Cookie", http::SessionCookie(ctx.secure_cookies, accepted->session.token, false));
  return r;
}

}  // namespace safeboard::api
