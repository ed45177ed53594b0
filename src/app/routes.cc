// The one route table. Each route names its permission; http/app.cc enforces it, and
// tests/http walks every route as every role against auth::Allows.
#include "app/routes.h"

#include <array>

#include "accounts/api.h"
#include "app/service_api.h"
#include "casereviews/api.h"
#include "cdop/api.h"
#include "governance/api.h"
#include "performance/api.h"
#include "plan/api.h"
#include "casereviews/pages/pages.h"
#include "cdop/pages/pages.h"
#include "duties/pages/pages.h"
#include "governance/pages/pages.h"
#include "meetings/pages/pages.h"
#include "performance/pages/pages.h"
#include "plan/pages/pages.h"
#include "accounts/pages/pages.h"

namespace safeboard::app {

using namespace safeboard::http;
namespace {

using auth::Permission;
namespace pages = ui::pages;
constexpr auto kPage = RouteKind::kPage;
constexpr auto kApi = RouteKind::kApi;

const auto kRoutes = std::to_array<Route>({
    // Public and session.
    {"GET", "/", Permission::kPublic, pages::Home, kPage, "Home page"},
    {"GET", "/sign-in", Permission::kPublic, pages::SignInForm, kPage, "Sign-in form"},
    {"POST", "/sign-in", Permission::kPublic, pages::SignIn, kPage, "Sign in", true},
    {"POST", "/sign-out", Permission::kSignedIn, pages::SignOut, kPage, "Sign out"},
    {"GET", "/partnerships", Permission::kSignedIn, pages::ListPartnerships, kPage,
     "The partnerships the user belongs to"},
    {"GET", "/invitations/{token}", Permission::kPublic, pages::ShowInvitation, kPage,
     "An invitation: the form to set a password"},
    {"POST", "/invitations/{token}", Permission::kPublic, pages::AcceptInvitation, kPage,
     "Accept an invitation: set a password and sign in", true},

    // Administration of the deployment.
    {"GET", "/admin/users", Permission::kAdmin, pages::ListUsers, kPage, "User accounts"},
    {"GET", "/admin/users/new", Permission::kAdmin, pages::NewUser, kPage, "New user form"},
    {"POST", "/admin/users", Permission::kAdmin, pages::CreateUser, kPage, "Create a user", true},
    {"POST", "/admin/users/{id}/invitation", Permission::kAdmin, pages::InviteUserAgain, kPage,
     "A new invitation link for an account without a password"},
    {"GET", "/admin/partnerships/new", Permission::kAdmin, pages::NewPartnership, kPage,
     "New partnership form"},
    {"POST", "/admin/partnerships", Permission::kAdmin, pages::CreatePartnership, kPage,
     "Create a partnership and invite its business manager"},

    // A partnership's governance records.
    {"GET", "/p/{slug}", Permission::kReadPartnership, pages::PartnershipHome, kPage, "Overview"},
    {"GET", "/p/{slug}/audit", Permission::kManagePartnership, pages::ShowAuditLog, kPage,
     "Audit log"},
    {"GET", "/p/{slug}/import/{kind}", Permission::kManagePartnership, pages::ImportRecordsForm, kPage,
     "Import agencies, people, groups or memberships from a spreadsheet"},
    {"POST", "/p/{slug}/import/{kind}", Permission::kManagePartnership, pages::ImportRecords, kPage,
     "Check and import a spreadsheet of agencies, people, groups or memberships"},
    {"GET", "/p/{slug}/import/{kind}/template.csv", Permission::kManagePartnership, pages::ImportTemplateCsv, kPage,
     "The import's template as CSV"},
    {"GET", "/p/{slug}/import/{kind}/template.xlsx", Permission::kManagePartnership, pages::ImportTemplateXlsx,
     kPage, "The import's template as Excel, with notes"},
    {"GET", "/p/{slug}/agencies", Permission::kReadPartnership, pages::ListAgencies, kPage,
     "Agencies"},
    {"GET", "/p/{slug}/agencies/new", Permission::kManagePartnership, pages::NewAgency, kPage,
     "New agency form"},
    {"POST", "/p/{slug}/agencies", Permission::kManagePartnership, pages::CreateAgency, kPage,
     "Add an agency"},
    {"GET", "/p/{slug}/agencies/{id}", Permission::kReadPartnership, pages::ShowAgency, kPage,
     "An agency"},
    {"GET", "/p/{slug}/agencies/{id}/edit", Permission::kManagePartnership, pages::EditAgency,
     kPage, "Edit agency form"},
    {"POST", "/p/{slug}/agencies/{id}/edit", Permission::kManagePartnership, pages::UpdateAgency,
     kPage, "Save an agency"},
    {"GET", "/p/{slug}/agencies/{id}/end", Permission::kManagePartnership, pages::EndAgencyForm,
     kPage, "End agency form"},
    {"POST", "/p/{slug}/agencies/{id}/end", Permission::kManagePartnership, pages::EndAgency,
     kPage, "End an agency"},
    {"GET", "/p/{slug}/people", Permission::kReadPartnership, pages::ListPeople, kPage, "People"},
    {"GET", "/p/{slug}/people/new", Permission::kManagePartnership, pages::NewPerson, kPage,
     "New person form"},
    {"POST", "/p/{slug}/people", Permission::kManagePartnership, pages::CreatePerson, kPage,
     "Add a person"},
    {"GET", "/p/{slug}/people/{id}", Permission::kReadPartnership, pages::ShowPerson, kPage,
     "A person and their memberships"},
    {"GET", "/p/{slug}/people/{id}/edit", Permission::kManagePartnership, pages::EditPerson, kPage,
     "Edit person form"},
    {"POST", "/p/{slug}/people/{id}/edit", Permission::kManagePartnership, pages::UpdatePerson,
     kPage, "Save a person"},
    {"GET", "/p/{slug}/people/{id}/end", Permission::kManagePartnership, pages::EndPersonForm,
     kPage, "End person form"},
    {"POST", "/p/{slug}/people/{id}/end", Permission::kManagePartnership, pages::EndPerson, kPage,
     "End a person's involvement and their open memberships"},
    {"GET", "/p/{slug}/groups", Permission::kReadPartnership, pages::ListGroups, kPage, "Groups"},
    {"GET", "/p/{slug}/groups/new", Permission::kManagePartnership, pages::NewGroup, kPage,
     "New group form"},
    {"POST", "/p/{slug}/groups", Permission::kManagePartnership, pages::CreateGroup, kPage,
     "Add a group"},
    {"GET", "/p/{slug}/groups/{id}", Permission::kReadPartnership, pages::ShowGroup, kPage,
     "A group, its members on a date and its terms of reference"},
    {"GET", "/p/{slug}/groups/{id}/edit", Permission::kManagePartnership, pages::EditGroup, kPage,
     "Edit group form"},
    {"POST", "/p/{slug}/groups/{id}/edit", Permission::kManagePartnership, pages::UpdateGroup,
     kPage, "Save a group"},
    {"GET", "/p/{slug}/groups/{id}/end", Permission::kManagePartnership, pages::EndGroupForm,
     kPage, "End group form"},
    {"POST", "/p/{slug}/groups/{id}/end", Permission::kManagePartnership, pages::EndGroup, kPage,
     "End a group"},
    {"GET", "/p/{slug}/groups/{id}/members/new", Permission::kManagePartnership,
     pages::NewMembership, kPage, "New membership form"},
    {"POST", "/p/{slug}/groups/{id}/members", Permission::kManagePartnership,
     pages::CreateMembership, kPage, "Add a member"},
    {"GET", "/p/{slug}/memberships/{id}/edit", Permission::kManagePartnership,
     pages::EditMembership, kPage, "Edit membership form"},
    {"POST", "/p/{slug}/memberships/{id}/edit", Permission::kManagePartnership,
     pages::UpdateMembership, kPage, "Save a membership"},
    {"GET", "/p/{slug}/memberships/{id}/end", Permission::kManagePartnership,
     pages::EndMembershipForm, kPage, "End membership form"},
    {"POST", "/p/{slug}/memberships/{id}/end", Permission::kManagePartnership,
     pages::EndMembership, kPage, "End a membership"},

    // Meetings.
    {"GET", "/p/{slug}/groups/{id}/meetings", Permission::kReadPartnership, pages::ListMeetings,
     kPage, "A group's meetings"},
    {"GET", "/p/{slug}/groups/{id}/meetings/new", Permission::kManagePartnership,
     pages::NewMeeting, kPage, "Schedule meeting form"},
    {"POST", "/p/{slug}/groups/{id}/meetings", Permission::kManagePartnership,
     pages::CreateMeeting, kPage, "Schedule a meeting"},
    {"GET", "/p/{slug}/groups/{id}/attendance", Permission::kReadPartnership,
     pages::ShowAttendanceReport, kPage, "Attendance report for a financial year"},
    {"GET", "/p/{slug}/groups/{id}/attendance.csv", Permission::kReadPartnership,
     pages::AttendanceReportCsv, kPage, "Attendance report as CSV"},
    {"GET", "/p/{slug}/groups/{id}/attendance.xlsx", Permission::kReadPartnership,
     pages::AttendanceReportXlsx, kPage, "Attendance report as a spreadsheet"},
    {"GET", "/p/{slug}/groups/{id}/calendar.ics", Permission::kReadPartnership,
     pages::GroupCalendar, kPage, "A group's meetings as iCalendar"},
    {"POST", "/p/{slug}/calendar-link", Permission::kReadPartnership, pages::CreateCalendarLink,
     kPage, "Create the user's private calendar address"},
    {"GET", "/calendar/{token}", Permission::kPublic, pages::UserCalendar, kPage,
     "A user's meetings as iCalendar, by private address ({token} is 64 hex digits + .ics)"},
    {"GET", "/p/{slug}/meetings/{id}", Permission::kReadPartnership, pages::ShowMeeting, kPage,
     "A meeting: attendance, quorum, decisions, actions"},
    {"POST", "/p/{slug}/meetings/{id}/attendance", Permission::kManagePartnership,
     pages::RecordAttendance, kPage, "Record attendance"},
    {"POST", "/p/{slug}/meetings/{id}/decisions", Permission::kManagePartnership,
     pages::RecordDecision, kPage, "Record a decision (quorate meetings only)"},
    {"POST", "/p/{slug}/meetings/{id}/cancel", Permission::kManagePartnership,
     pages::CancelMeeting, kPage, "Cancel a meeting"},
    {"POST", "/p/{slug}/meetings/{id}/move", Permission::kManagePartnership, pages::MoveMeeting,
     kPage, "Move a meeting to another date"},
    {"GET", "/p/{slug}/my-meetings", Permission::kReadPartnership, pages::ShowMyMeetings, kPage,
     "The user's coming meetings, to send apologies"},
    {"POST", "/p/{slug}/meetings/{id}/apologies", Permission::kReadPartnership,
     pages::SendApologies, kPage, "Send one's own apologies and name a deputy", false, true},
    {"POST", "/p/{slug}/meetings/{id}/agenda", Permission::kManagePartnership,
     pages::AddAgendaItem, kPage, "Add an agenda item"},
    {"POST", "/p/{slug}/agenda-items/{id}/papers", Permission::kManagePartnership,
     pages::UploadPaper, kPage, "Upload a paper (PDF, Word, Excel)"},
    {"GET", "/p/{slug}/papers/{id}", Permission::kReadPartnership, pages::DownloadPaper, kPage,
     "Download a paper"},
    {"POST", "/p/{slug}/papers/{id}/accept", Permission::kReadPartnership, pages::AcceptLatePaper,
     kPage, "Accept a late paper (the group's chair or the board team)", false, true},
    {"GET", "/p/{slug}/meetings/{id}/minutes", Permission::kReadPartnership, pages::ShowMinutes,
     kPage, "Minutes (drafts for the board team only)"},
    {"POST", "/p/{slug}/meetings/{id}/minutes", Permission::kManagePartnership,
     pages::SaveMinutes, kPage, "Save draft minutes"},
    {"POST", "/p/{slug}/meetings/{id}/minutes/circulate", Permission::kManagePartnership,
     pages::CirculateMinutes, kPage, "Circulate draft minutes"},
    {"POST", "/p/{slug}/meetings/{id}/minutes/corrections", Permission::kManagePartnership,
     pages::CorrectMinutes, kPage, "Record a correction to approved minutes"},
    {"POST", "/p/{slug}/agenda-items/{id}/approve-minutes", Permission::kManagePartnership,
     pages::ApproveMinutes, kPage, "Approve the previous meeting's minutes"},
    {"POST", "/p/{slug}/agenda-items/{id}/ratify", Permission::kManagePartnership,
     pages::RatifyChairsAction, kPage, "Ratify a chair's action"},
    {"POST", "/p/{slug}/groups/{id}/chairs-actions", Permission::kManagePartnership,
     pages::RecordChairsAction, kPage, "Record a chair's action"},
    {"POST", "/p/{slug}/meetings/{id}/actions", Permission::kManagePartnership,
     pages::AddMeetingAction, kPage, "Add an action arising"},
    {"POST", "/p/{slug}/actions/{id}/status", Permission::kManagePartnership,
     pages::SetMeetingActionStatus, kPage, "Change an action's status"},
    {"GET", "/public/{slug}/minutes/{id}", Permission::kPublic, pages::ShowPublicMinutes, kPage,
     "Approved minutes, less confidential items"},

    // The business plan.
    {"GET", "/p/{slug}/plans", Permission::kReadPartnership, pages::ListPlans, kPage, "Business plans"},
    {"POST", "/p/{slug}/plans", Permission::kManagePartnership, pages::CreatePlan, kPage, "Add a plan"},
    {"GET", "/p/{slug}/plans/{id}", Permission::kReadPartnership, pages::ShowPlan, kPage,
     "A plan's objectives and actions with their RAG"},
    {"GET", "/p/{slug}/plans/{id}.csv", Permission::kReadPartnership, pages::ExportPlanCsv, kPage,
     "A plan as CSV"},
    {"GET", "/p/{slug}/plans/{id}.xlsx", Permission::kReadPartnership, pages::ExportPlanXlsx, kPage,
     "A plan as a spreadsheet"},
    {"GET", "/p/{slug}/plans/{id}/import", Permission::kManagePartnership, pages::ImportPlanForm,
     kPage, "Import form"},
    {"POST", "/p/{slug}/plans/{id}/import", Permission::kManagePartnership, pages::ImportPlan,
     kPage, "Import actions from CSV, all rows checked first"},
    {"POST", "/p/{slug}/plan-imports/{id}/undo", Permission::kManagePartnership, pages::UndoPlanImport, kPage,
     "Undo an import into a plan as a whole"},
    {"GET", "/p/{slug}/plans/{id}/objectives/new", Permission::kManagePartnership, pages::NewObjective, kPage,
     "New objective form"},
    {"POST", "/p/{slug}/plans/{id}/objectives", Permission::kManagePartnership, pages::CreateObjective, kPage,
     "Add an objective to a plan"},
    {"POST", "/p/{slug}/objectives/{id}/remove", Permission::kManagePartnership, pages::RemoveObjective, kPage,
     "Remove an objective that has no actions"},
    {"GET", "/p/{slug}/objectives/{id}/actions/new", Permission::kManagePartnership, pages::NewPlanAction, kPage,
     "New action form"},
    {"POST", "/p/{slug}/objectives/{id}/actions", Permission::kManagePartnership, pages::CreatePlanAction, kPage,
     "Add an action to an objective"},
    {"POST", "/p/{slug}/plan-actions/{id}/remove", Permission::kManagePartnership, pages::RemovePlanAction, kPage,
     "Remove an action with its progress updates"},
    {"GET", "/p/{slug}/objectives/{id}", Permission::kManagePartnership, pages::EditObjective,
     kPage, "Edit an objective and its risk assessment"},
    {"POST", "/p/{slug}/objectives/{id}", Permission::kManagePartnership, pages::UpdateObjective,
     kPage, "Save an objective and its risk assessment"},
    {"GET", "/p/{slug}/plan-actions/{id}", Permission::kReadPartnership, pages::ShowPlanAction,
     kPage, "An action and its progress updates"},
    {"GET", "/p/{slug}/plan-actions/{id}/edit", Permission::kManagePartnership,
     pages::EditPlanAction, kPage, "Edit action form"},
    {"POST", "/p/{slug}/plan-actions/{id}/edit", Permission::kManagePartnership,
     pages::UpdatePlanAction, kPage, "Save an action (activity, measure, resources, cost, by when, evidence)"},
    {"POST", "/p/{slug}/plan-actions/{id}/updates", Permission::kReadPartnership,
     pages::AddProgressUpdate, kPage, "Add a progress update (lead group, lead person or board team)",
     false, true},
    {"GET", "/p/{slug}/groups/{id}/work-plan", Permission::kReadPartnership, pages::ShowWorkPlan,
     kPage, "The actions a group leads"},
    {"GET", "/p/{slug}/meetings/{id}/progress-report", Permission::kReadPartnership,
     pages::ShowProgressReport, kPage, "Business plan progress report for a meeting"},
    {"POST", "/p/{slug}/meetings/{id}/progress-report", Permission::kManagePartnership,
     pages::AttachProgressReport, kPage, "Attach the progress report to the meeting's agenda"},

    // Performance data.
    {"GET", "/p/{slug}/performance", Permission::kReadPartnership, pages::ShowPerformanceDashboard,
     kPage, "Indicators with their latest values against target"},
    {"GET", "/p/{slug}/indicators/new", Permission::kManagePartnership, pages::NewIndicator, kPage,
     "New indicator form"},
    {"POST", "/p/{slug}/indicators", Permission::kManagePartnership, pages::CreateIndicator, kPage,
     "Add an indicator to the board's catalogue"},
    {"GET", "/p/{slug}/indicators/{id}/edit", Permission::kManagePartnership, pages::EditIndicator, kPage,
     "Edit indicator form"},
    {"POST", "/p/{slug}/indicators/{id}/edit", Permission::kManagePartnership, pages::UpdateIndicator, kPage,
     "Change an indicator"},
    {"POST", "/p/{slug}/indicators/{id}/retire", Permission::kManagePartnership, pages::RetireIndicator, kPage,
     "Retire an indicator, or bring it back"},
    {"GET", "/p/{slug}/indicators/{id}", Permission::kReadPartnership, pages::ShowIndicator, kPage,
     "An indicator's series, chart and table"},
    {"POST", "/p/{slug}/indicators/{id}/values", Permission::kReadPartnership,
     pages::RecordIndicatorValue, kPage,
     "Record an indicator value (the responsible agency's members or the board team)", false, true},
    {"GET", "/p/{slug}/indicators/import", Permission::kManagePartnership, pages::ImportValuesForm,
     kPage, "Import indicator values form"},
    {"POST", "/p/{slug}/indicators/import", Permission::kManagePartnership, pages::ImportValues,
     kPage, "Import indicator values from CSV or Excel, all rows checked first"},
    {"GET", "/p/{slug}/indicators.csv", Permission::kReadPartnership, pages::ExportIndicatorsCsv,
     kPage, "Indicator values as CSV"},
    {"GET", "/p/{slug}/indicators.xlsx", Permission::kReadPartnership, pages::ExportIndicatorsXlsx,
     kPage, "Indicator values as a spreadsheet"},
    {"POST", "/p/{slug}/indicators/{id}/targets", Permission::kManagePartnership,
     pages::RecordTargets, kPage, "Record a year's target and comparators"},
    {"GET", "/p/{slug}/child-population", Permission::kReadPartnership, pages::ShowChildPopulation, kPage,
     "The child population by year, which rates are computed from"},
    {"POST", "/p/{slug}/child-population", Permission::kManagePartnership, pages::SaveChildPopulation, kPage,
     "Add or correct a year's child population"},
    {"GET", "/p/{slug}/child-protection", Permission::kReadPartnership,
     pages::ShowChildProtectionData, kPage, "The child protection data set"},

    // Child death reviews: statistics for every member, case records for the CDOP only.
    {"GET", "/p/{slug}/child-deaths", Permission::kReadPartnership, pages::ShowChildDeathStatistics, kPage,
     "Child death statistics for a year (?year=, ?suppress=yes for publication)"},
    {"GET", "/p/{slug}/child-deaths/statistics.csv", Permission::kReadPartnership,
     pages::ExportChildDeathStatistics, kPage, "Child death statistics as CSV"},
    {"GET", "/p/{slug}/child-deaths/cases", Permission::kChildDeathRecords, pages::ListChildDeaths, kPage,
     "Child death case records"},
    {"GET", "/p/{slug}/child-deaths/cases.csv", Permission::kChildDeathRecords, pages::ExportChildDeaths, kPage,
     "Child death case records as CSV"},
    {"GET", "/p/{slug}/child-deaths/cases/new", Permission::kChildDeathRecords, pages::NewChildDeath, kPage,
     "Notification form"},
    {"POST", "/p/{slug}/child-deaths/cases", Permission::kChildDeathRecords, pages::CreateChildDeath, kPage,
     "Record a notification of a child's death"},
    {"GET", "/p/{slug}/child-deaths/cases/{id}", Permission::kChildDeathRecords, pages::ShowChildDeath, kPage,
     "A child death case record (the view is audited)"},
    {"GET", "/p/{slug}/child-deaths/cases/{id}/review", Permission::kChildDeathRecords,
     pages::ChildDeathReviewForm, kPage, "Panel review form"},
    {"POST", "/p/{slug}/child-deaths/cases/{id}/review", Permission::kChildDeathRecords,
     pages::RecordChildDeathReview, kPage, "Record the panel's review (a safeguarding concern refers the case)"},
    {"GET", "/p/{slug}/child-deaths/cases/{id}/views", Permission::kChildDeathRecords, pages::ChildDeathViews,
     kPage, "Who has seen a case (the panel chair or the board team)", false, true},

    // Serious case reviews: a summary and the referral form for every member, records for the panel.
    {"GET", "/p/{slug}/case-reviews", Permission::kReadPartnership, pages::ShowCaseReviewSummary, kPage,
     "Cases considered by year and outcome"},
    {"GET", "/p/{slug}/case-reviews/referrals/new", Permission::kReadPartnership, pages::NewReferral, kPage,
     "Referral form"},
    {"POST", "/p/{slug}/case-reviews/referrals", Permission::kReadPartnership, pages::CreateReferral, kPage,
     "Refer a case to the case review panel"},
    {"GET", "/p/{slug}/case-reviews/referrals", Permission::kCaseReviewRecords, pages::ListReferrals, kPage,
     "Referrals and reviews"},
    {"GET", "/p/{slug}/case-reviews/referrals.csv", Permission::kCaseReviewRecords, pages::ExportReferrals,
     kPage, "Referrals as CSV"},
    {"GET", "/p/{slug}/case-reviews/referrals/{id}", Permission::kCaseReviewRecords, pages::ShowReferral, kPage,
     "A referral and the panel's decision (the view is audited)"},
    {"POST", "/p/{slug}/case-reviews/referrals/{id}/decision", Permission::kCaseReviewRecords,
     pages::RecordReferralDecision, kPage, "Record the panel's decision at a quorate meeting"},
    {"POST", "/p/{slug}/case-reviews/referrals/{id}/briefings", Permission::kCaseReviewRecords,
     pages::SendBriefingRequest, kPage, "Send learning to a sub-group as a briefing request"},
    {"GET", "/p/{slug}/case-reviews/referrals/{id}/views", Permission::kCaseReviewRecords, pages::ReferralViews,
     kPage, "Who has seen a referral (the panel chair or the board team)", false, true},
    {"GET", "/p/{slug}/case-reviews/reviews/{id}", Permission::kCaseReviewRecords, pages::ShowCaseReview, kPage,
     "A serious case review (the view is audited)"},
    {"POST", "/p/{slug}/case-reviews/reviews/{id}", Permission::kCaseReviewRecords, pages::SaveCaseReview, kPage,
     "Save a review's terms of reference, author, report, grading and endorsement"},
    {"POST", "/p/{slug}/case-reviews/reviews/{id}/imrs", Permission::kCaseReviewRecords,
     pages::AddManagementReview, kPage, "Ask an agency for an individual management review"},
    {"POST", "/p/{slug}/case-reviews/reviews/{id}/recommendations", Permission::kCaseReviewRecords,
     pages::AddRecommendation, kPage, "Add a recommendation owned by an agency"},
    {"POST", "/p/{slug}/case-reviews/recommendations/{id}/actions", Permission::kCaseReviewRecords,
     pages::AddRecommendationAction, kPage, "Add an action plan item to a recommendation"},
    {"POST", "/p/{slug}/case-reviews/recommendations/{id}/sign-off", Permission::kCaseReviewRecords,
     pages::SignOffRecommendation, kPage, "Sign off a recommendation whose actions are complete"},
    {"POST", "/p/{slug}/case-reviews/reviews/{id}/audits", Permission::kCaseReviewRecords,
     pages::RecordRecommendationAudit, kPage, "Record a six-monthly audit of progress"},
    {"GET", "/p/{slug}/case-reviews/reviews/{id}/views", Permission::kCaseReviewRecords, pages::CaseReviewViews,
     kPage, "Who has seen a review (the panel chair or the board team)", false, true},

    // The governance calendar.
    {"GET", "/p/{slug}/governance-calendar", Permission::kReadPartnership,
     pages::ShowGovernanceCalendar, kPage, "Due and overdue governance duties"},
    {"POST", "/p/{slug}/governance-dates", Permission::kManagePartnership,
     pages::RecordGovernanceDates, kPage, "Record governance review dates"},
    {"POST", "/p/{slug}/disputes", Permission::kManagePartnership, pages::RaiseDispute, kPage,
     "Raise a dispute between partners"},
    {"POST", "/p/{slug}/disputes/{id}", Permission::kManagePartnership, pages::UpdateDispute,
     kPage, "Record a dispute's progress"},

    // JSON API.
    {"GET", "/api/v1/openapi.json", Permission::kPublic, api::OpenApiDocument, kApi,
     "This API's OpenAPI 3 document"},
    {"GET", "/api/v1/me", Permission::kSignedIn, api::Me, kApi, "The signed-in user"},
    {"GET", "/api/v1/partnerships", Permission::kSignedIn, api::ListPartnerships, kApi,
     "The user's partnerships"},
    {"POST", "/api/v1/partnerships", Permission::kAdmin, api::CreatePartnership, kApi,
     "Create a partnership and invite its business manager"},
    {"POST", "/api/v1/invitations/{token}", Permission::kPublic, api::AcceptInvitation, kApi,
     "Accept an invitation: set the password and sign in", true},
    {"GET", "/api/v1/p/{slug}/agencies", Permission::kReadPartnership, api::ListAgencies, kApi,
     "List agencies"},
    {"POST", "/api/v1/p/{slug}/agencies", Permission::kManagePartnership, api::CreateAgency, kApi,
     "Create an agency"},
    {"GET", "/api/v1/p/{slug}/agencies/{id}", Permission::kReadPartnership, api::GetAgency, kApi,
     "Get an agency"},
    {"PUT", "/api/v1/p/{slug}/agencies/{id}", Permission::kManagePartnership, api::UpdateAgency,
     kApi, "Replace an agency's details"},
    {"GET", "/api/v1/p/{slug}/people", Permission::kReadPartnership, api::ListPeople, kApi,
     "List people"},
    {"POST", "/api/v1/p/{slug}/people", Permission::kManagePartnership, api::CreatePerson, kApi,
     "Create a person"},
    {"GET", "/api/v1/p/{slug}/people/{id}", Permission::kReadPartnership, api::GetPerson, kApi,
     "Get a person with their memberships"},
    {"PUT", "/api/v1/p/{slug}/people/{id}", Permission::kManagePartnership, api::UpdatePerson,
     kApi, "Replace a person's details"},
    {"GET", "/api/v1/p/{slug}/groups", Permission::kReadPartnership, api::ListGroups, kApi,
     "List groups"},
    {"POST", "/api/v1/p/{slug}/groups", Permission::kManagePartnership, api::CreateGroup, kApi,
     "Create a group"},
    {"GET", "/api/v1/p/{slug}/groups/{id}", Permission::kReadPartnership, api::GetGroup, kApi,
     "Get a group"},
    {"PUT", "/api/v1/p/{slug}/groups/{id}", Permission::kManagePartnership, api::UpdateGroup, kApi,
     "Replace a group's details"},
    {"GET", "/api/v1/p/{slug}/groups/{id}/members", Permission::kReadPartnership,
     api::ListGroupMembers, kApi, "A group's members on a date (?on=YYYY-MM-DD or all)"},
    {"POST", "/api/v1/p/{slug}/groups/{id}/members", Permission::kManagePartnership,
     api::CreateMembership, kApi, "Add a member to a group"},
    {"POST", "/api/v1/p/{slug}/memberships/{id}/end", Permission::kManagePartnership,
     api::EndMembership, kApi, "End a membership on a date"},
    {"GET", "/api/v1/p/{slug}/plans", Permission::kReadPartnership, api::ListPlans, kApi,
     "List business plans"},
    {"GET", "/api/v1/p/{slug}/plans/{id}", Permission::kReadPartnership, api::GetPlan, kApi,
     "A plan with its objectives, actions, latest RAG and updates"},
    {"POST", "/api/v1/p/{slug}/plan-actions/{id}/updates", Permission::kReadPartnership,
     api::AddProgressUpdate, kApi, "Add a progress update (lead group, lead person or board team)",
     false, true},
    {"GET", "/api/v1/p/{slug}/indicators", Permission::kReadPartnership, api::ListIndicators, kApi,
     "List indicators with their latest values"},
    {"POST", "/api/v1/p/{slug}/indicators", Permission::kManagePartnership, api::CreateIndicator, kApi,
     "Add an indicator to the board's catalogue"},
    {"PUT", "/api/v1/p/{slug}/indicators/{id}", Permission::kManagePartnership, api::UpdateIndicator, kApi,
     "Replace an indicator's details"},
    {"POST", "/api/v1/p/{slug}/indicators/{id}/retire", Permission::kManagePartnership, api::RetireIndicator, kApi,
     "Retire an indicator from today"},
    {"GET", "/api/v1/p/{slug}/indicators/{id}/values", Permission::kReadPartnership,
     api::GetIndicatorValues, kApi, "An indicator's values, targets and comparators"},
    {"POST", "/api/v1/p/{slug}/indicators/{id}/values", Permission::kReadPartnership,
     api::RecordIndicatorValue, kApi, "Record a value (responsible agency or board team)", false,
     true},
    {"GET", "/api/v1/p/{slug}/child-deaths/statistics", Permission::kReadPartnership,
     api::GetChildDeathStatistics, kApi, "Child death statistics for a year (?year=, ?suppress=yes)"},
    {"GET", "/api/v1/p/{slug}/child-deaths/cases", Permission::kChildDeathRecords, api::ListChildDeaths, kApi,
     "Child death case records (CDOP panel and board team)"},
    {"POST", "/api/v1/p/{slug}/child-deaths/cases", Permission::kChildDeathRecords, api::CreateChildDeath,
     kApi, "Record a notification of a child's death"},
    {"GET", "/api/v1/p/{slug}/child-deaths/cases/{id}", Permission::kChildDeathRecords, api::GetChildDeath,
     kApi, "A child death case with its review (the view is audited)"},
    {"GET", "/api/v1/p/{slug}/case-reviews/referrals", Permission::kCaseReviewRecords, api::ListReferrals,
     kApi, "Case review referrals (case review panel and board team)"},
    {"POST", "/api/v1/p/{slug}/case-reviews/referrals", Permission::kReadPartnership, api::CreateReferral,
     kApi, "Refer a case to the case review panel"},
    {"GET", "/api/v1/p/{slug}/case-reviews/referrals/{id}", Permission::kCaseReviewRecords, api::GetReferral,
     kApi, "A referral with its decision and any review (the view is audited)"},
});

}  // namespace

std::span<const Route> Routes() { return kRoutes; }

bool MatchPattern(std::string_view pattern, std::string_view path,
                  std::map<std::string, std::string>& params) {
  params.clear();
  std::size_t pi = 0, si = 0;
  while (pi < pattern.size() && si < path.size()) {
    if (pattern[pi] == '{') {
      auto close = pattern.find('}', pi);
      std::string name(pattern.substr(pi + 1, close - pi - 1));
      // The literal that follows the parameter inside the same segment (".csv" in "{id}.csv").
      auto literal_end = pattern.find_first_of("/{", close + 1);
      if (literal_end == std::string_view::npos) literal_end = pattern.size();
      std::string_view literal = pattern.substr(close + 1, literal_end - close - 1);
      auto seg_end = path.find('/', si);
      if (seg_end == std::string_view::npos) seg_end = path.size();
      std::string_view segment = path.substr(si, seg_end - si);
      if (!literal.empty()) {
        if (!segment.ends_with(literal) || segment.size() == literal.size()) return false;
        segment.remove_suffix(literal.size());
      }
      if (segment.empty()) return false;
      // Ids are numbers: "/plans/1.csv" is not plan "1.csv".
      if (name == "id" && segment.find_first_not_of("0123456789") != std::string_view::npos) return false;
      params.emplace(std::move(name), std::string(segment));
      pi = literal_end;
      si = seg_end;
    } else {
      if (pattern[pi] != path[si]) return false;
      ++pi;
      ++si;
    }
  }
  return pi == pattern.size() && si == path.size();
}

}  // namespace safeboard::app
