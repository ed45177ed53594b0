#include "app/service_api.h"

#include <boost/json.hpp>

#include "api/json_io.h"
#include "core/embedded_files.h"
#include "governance/store.h"

namespace safeboard::api {

namespace json = boost::json;
using http::Context;
using http::Response;

Response OpenApiDocument(Context& ctx) {
  return http::JsonResponse(200, std::string(core::EmbeddedFiles().at("openapi.json")));
}

Response ListPartnerships(Context& ctx) {
  json::array out;
  for (const auto& p : governance::GovernanceStore(ctx.db).PartnershipsOfUser(ctx.session->user.id,
                                                                  ctx.session->user.is_admin))
    out.push_back(json::object{{"slug", p.slug}, {"name", p.name}, {"area", p.area}});
  return Json(200, json::object{{"partnerships", out}});
}

http::Response Me(http::Context& ctx) {
  const auto& u = ctx.session->user;
  return http::JsonResponse(
      200, boost::json::serialize(boost::json::object{{"id", u.id},
                                                      {"email", u.email},
                                                      {"display_name", u.display_name},
                                                      {"is_admin", u.is_admin},
                                                      {"csrf_token", ctx.csrf_token}}));
}


}  // namespace safeboard::api
