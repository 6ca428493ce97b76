#include "workflow/Workflow.h"

#include <QTest>

using namespace interntrack;

namespace {

using S = WorkflowState;

enum class Findings { None, BlockingError, OverriddenError, WarningOnly };
enum class Sigs { NoAgreement, Complete, OneMissing };

QList<Finding> findings(Findings f)
{
    switch (f) {
    case Findings::None:
        return {};
    case Findings::BlockingError:
        return {Finding{QStringLiteral("i1"),
                        QStringLiteral("s1"),
                        QStringLiteral("INT_LEAD_TIME"),
                        Severity::Error,
                        QStringLiteral("too late"),
                        false,
                        {}}};
    case Findings::OverriddenError:
        return {Finding{QStringLiteral("i1"),
                        QStringLiteral("s1"),
                        QStringLiteral("INT_LEAD_TIME"),
                        Severity::Error,
                        QStringLiteral("too late"),
                        true,
                        {}}};
    case Findings::WarningOnly:
        return {Finding{QStringLiteral("i1"),
                        QStringLiteral("s1"),
                        QStringLiteral("INT_TEACHING_PERIOD"),
                        Severity::Warning,
                        QStringLiteral("part-time in T4"),
                        false,
                        {}}};
    }
    return {};
}

Signatures signatures(Sigs s)
{
    const QDate d(2026, 3, 2);
    Signatures out{d, d, d, d};
    if (s == Sigs::OneMissing)
        out.tutor = QDate();
    return out;
}

} // namespace

Q_DECLARE_METATYPE(interntrack::WorkflowState)
Q_DECLARE_METATYPE(interntrack::Role)
Q_DECLARE_METATYPE(Findings)
Q_DECLARE_METATYPE(Sigs)

class TestWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void transitions_data();
    void transitions();
    void everyStateReachableFromDraft();
    void mainPathOfRulesMd();
    void allowedTargetsByRole_data();
    void allowedTargetsByRole();
    void onlyAdvisorOverrides();
    void editing_data();
    void editing();
    void stateNamesAndCodes();
};

void TestWorkflow::transitions_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<S>("to");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("owner");
    QTest::addColumn<Findings>("found");
    QTest::addColumn<Sigs>("sigs");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("because"); // a part of the refusal message

    const auto row = [](const char* name, S from, S to, Role role, bool owner, Findings f, Sigs sg, const char* comment,
                        bool allowed, const char* because) {
        QTest::newRow(name) << from << to << role << owner << f << sg << QString::fromUtf8(comment) << allowed
                            << QString::fromUtf8(because);
    };
    const Role A = Role::Advisor;
    const Role Se = Role::Secretariat;
    const Role St = Role::Student;
    const Findings N = Findings::None;
    const Sigs C = Sigs::Complete;

    row("student-submits-own-draft", S::Draft, S::Submitted, St, true, N, C, "", true, "");
    row("student-cannot-submit-another-students-draft", S::Draft, S::Submitted, St, false, N, C, "", false, "own");
    row("secretariat-cannot-submit", S::Draft, S::Submitted, Se, false, N, C, "", false, "Only");
    row("advisor-submits-on-behalf", S::Draft, S::Submitted, A, false, N, C, "", true, "");
    row("advisor-approves-clean-proposal", S::Submitted, S::Approved, A, false, N, C, "", true, "");
    row("approval-refused-while-error-finding", S::Submitted, S::Approved, A, false, Findings::BlockingError, C, "",
        false, "INT_LEAD_TIME");
    row("approval-allowed-when-error-overridden", S::Submitted, S::Approved, A, false, Findings::OverriddenError, C, "",
        true, "");
    row("warning-does-not-block-approval", S::Submitted, S::Approved, A, false, Findings::WarningOnly, C, "", true, "");
    row("student-cannot-approve-own-proposal", S::Submitted, S::Approved, St, true, N, C, "", false, "Only");
    row("secretariat-cannot-approve", S::Submitted, S::Approved, Se, false, N, C, "", false, "Only");
    row("request-changes-needs-comment", S::Submitted, S::ChangesRequested, A, false, N, C, "", false, "comment");
    row("request-changes-blank-comment-refused", S::Submitted, S::ChangesRequested, A, false, N, C, "  \n", false,
        "comment");
    row("request-changes-with-comment", S::Submitted, S::ChangesRequested, A, false, N, C, "Start later", true, "");
    row("reject-needs-comment", S::Submitted, S::Rejected, A, false, N, C, "", false, "comment");
    row("reject-with-comment", S::Submitted, S::Rejected, A, false, N, C, "Host does no AI research", true, "");
    row("student-cannot-reject", S::Submitted, S::Rejected, St, true, N, C, "no", false, "Only");
    row("student-resubmits-after-changes", S::ChangesRequested, S::Submitted, St, true, N, C, "", true, "");
    row("student-withdraws-own-proposal", S::Submitted, S::Cancelled, St, true, N, C, "", true, "");
    row("secretariat-sends-for-signature", S::Approved, S::SentForSignature, Se, false, N, C, "", true, "");
    row("student-cannot-send-for-signature", S::Approved, S::SentForSignature, St, true, N, C, "", false, "Only");
    row("student-cannot-cancel-approved", S::Approved, S::Cancelled, St, true, N, C, "", false, "Only");
    row("signed-with-every-signature", S::SentForSignature, S::Signed, Se, false, N, C, "", true, "");
    row("signed-refused-with-a-signature-missing", S::SentForSignature, S::Signed, Se, false, N, Sigs::OneMissing, "",
        false, "signature");
    row("in-progress-with-every-signature", S::Signed, S::InProgress, Se, false, N, C, "", true, "");
    row("in-progress-refused-with-a-signature-missing", S::Signed, S::InProgress, A, false, N, Sigs::OneMissing, "",
        false, "signature");
    row("in-progress-straight-from-approved-without-agreement", S::Approved, S::InProgress, Se, false, N,
        Sigs::NoAgreement, "", true, "");
    row("in-progress-refused-skipping-the-agreement", S::Approved, S::InProgress, Se, false, N, C, "", false,
        "sent for signature");
    row("student-cannot-mark-in-progress", S::Signed, S::InProgress, St, true, N, C, "", false, "Only");
    row("secretariat-records-completion", S::InProgress, S::Completed, Se, false, N, C, "", true, "");
    row("advisor-validates-clean", S::Completed, S::Validated, A, false, N, C, "", true, "");
    row("validation-refused-while-error-finding", S::Completed, S::Validated, A, false, Findings::BlockingError, C, "",
        false, "INT_LEAD_TIME");
    row("secretariat-cannot-validate", S::Completed, S::Validated, Se, false, N, C, "", false, "Only");
    row("no-skipping-from-draft-to-approved", S::Draft, S::Approved, A, false, N, C, "", false, "cannot go");
    row("no-going-back-from-signed-to-draft", S::Signed, S::Draft, A, false, N, C, "", false, "cannot go");
    row("validated-is-final", S::Validated, S::InProgress, A, false, N, C, "", false, "cannot change");
    row("rejected-is-final", S::Rejected, S::Submitted, St, true, N, C, "", false, "cannot change");
    row("cancelled-is-final", S::Cancelled, S::Draft, A, false, N, C, "", false, "cannot change");
    row("same-state-refused", S::Approved, S::Approved, A, false, N, C, "", false, "already");
}

void TestWorkflow::transitions()
{
    QFETCH(S, from);
    QFETCH(S, to);
    QFETCH(Role, role);
    QFETCH(bool, owner);
    QFETCH(Findings, found);
    QFETCH(Sigs, sigs);
    QFETCH(QString, comment);
    QFETCH(bool, allowed);
    QFETCH(QString, because);

    const Actor actor{QStringLiteral("Someone"), role, role == Role::Student ? QStringLiteral("s1") : QString()};
    const QStringList itemStudents = owner ? QStringList{QStringLiteral("s1")} : QStringList{QStringLiteral("s2")};
    const Signatures sig = signatures(sigs);
    const Status s = Workflow::canTransition(from, to, actor, findings(found),
                                             sigs == Sigs::NoAgreement ? nullptr : &sig, comment, itemStudents);
    QVERIFY2(s.ok() == allowed, qPrintable(s.error()));
    if (!allowed) {
        QVERIFY2(s.error().contains(because, Qt::CaseInsensitive), qPrintable(s.error()));
    }
}

void TestWorkflow::everyStateReachableFromDraft()
{
    QList<S> reached{S::Draft};
    for (qsizetype i = 0; i < reached.size(); ++i) {
        for (S next : Workflow::targets(reached.at(i))) {
            if (!reached.contains(next))
                reached.append(next);
        }
    }
    for (int s = int(S::Draft); s <= int(S::Cancelled); ++s)
        QVERIFY2(reached.contains(S(s)), qPrintable(workflowStateCode(S(s))));
    for (const Workflow::Step& step : Workflow::steps()) {
        QVERIFY(!step.roles.isEmpty());
        QVERIFY(!Workflow::isTerminal(step.from));
    }
}

void TestWorkflow::mainPathOfRulesMd()
{
    // draft → submitted → approved → sent for signature → signed → in progress → completed → validated
    const QList<S> path = {S::Draft,  S::Submitted,  S::Approved,  S::SentForSignature,
                           S::Signed, S::InProgress, S::Completed, S::Validated};
    const Actor advisor{QStringLiteral("Advisor"), Role::Advisor, {}};
    const Signatures sig = signatures(Sigs::Complete);
    for (qsizetype i = 0; i + 1 < path.size(); ++i) {
        const Status s = Workflow::canTransition(path.at(i), path.at(i + 1), advisor, {}, &sig);
        QVERIFY2(s.ok(), qPrintable(s.error()));
    }
}

void TestWorkflow::allowedTargetsByRole_data()
{
    QTest::addColumn<S>("from");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QList<S>>("expected");
    QTest::newRow("student-from-draft") << S::Draft << Role::Student << QList<S>{S::Submitted, S::Cancelled};
    QTest::newRow("secretariat-from-draft") << S::Draft << Role::Secretariat << QList<S>{};
    QTest::newRow("advisor-from-submitted")
        << S::Submitted << Role::Advisor << QList<S>{S::Approved, S::ChangesRequested, S::Rejected, S::Cancelled};
    QTest::newRow("secretariat-from-approved")
        << S::Approved << Role::Secretariat << QList<S>{S::SentForSignature, S::InProgress};
    QTest::newRow("secretariat-from-sent") << S::SentForSignature << Role::Secretariat << QList<S>{S::Signed};
    QTest::newRow("student-from-completed") << S::Completed << Role::Student << QList<S>{};
    QTest::newRow("advisor-from-validated") << S::Validated << Role::Advisor << QList<S>{};
}

void TestWorkflow::allowedTargetsByRole()
{
    QFETCH(S, from);
    QFETCH(Role, role);
    QFETCH(QList<S>, expected);
    QCOMPARE(Workflow::allowedTargets(from, Actor{QStringLiteral("x"), role, {}}), expected);
}

void TestWorkflow::onlyAdvisorOverrides()
{
    QVERIFY(Workflow::canOverride(Actor{QStringLiteral("A"), Role::Advisor, {}}).ok());
    QVERIFY(!Workflow::canOverride(Actor{QStringLiteral("B"), Role::Secretariat, {}}).ok());
    const Status s = Workflow::canOverride(Actor{QStringLiteral("C"), Role::Student, QStringLiteral("s1")});
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QLatin1String("advisor")));
}

void TestWorkflow::editing_data()
{
    QTest::addColumn<S>("state");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("owner");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("student-edits-own-draft") << S::Draft << Role::Student << true << true;
    QTest::newRow("student-edits-own-proposal-sent-back") << S::ChangesRequested << Role::Student << true << true;
    QTest::newRow("student-cannot-edit-submitted") << S::Submitted << Role::Student << true << false;
    QTest::newRow("student-cannot-edit-another-students-draft") << S::Draft << Role::Student << false << false;
    QTest::newRow("secretariat-edits-signed") << S::Signed << Role::Secretariat << false << true;
    QTest::newRow("advisor-edits-approved") << S::Approved << Role::Advisor << false << true;
    QTest::newRow("nobody-edits-validated") << S::Validated << Role::Advisor << false << false;
}

void TestWorkflow::editing()
{
    QFETCH(S, state);
    QFETCH(Role, role);
    QFETCH(bool, owner);
    QFETCH(bool, allowed);
    const Actor actor{QStringLiteral("x"), role, QStringLiteral("s1")};
    const Status s = Workflow::canEdit(state, actor, owner ? QStringList{QStringLiteral("s1")} : QStringList{});
    QVERIFY2(s.ok() == allowed, qPrintable(s.error()));
}

void TestWorkflow::stateNamesAndCodes()
{
    for (int i = int(S::Draft); i <= int(S::Cancelled); ++i) {
        QVERIFY(!Workflow::stateName(S(i)).isEmpty());
        QCOMPARE(workflowStateFromCode(workflowStateCode(S(i))), std::optional<S>(S(i)));
    }
    for (Role r : {Role::Advisor, Role::Secretariat, Role::Student})
        QCOMPARE(roleFromCode(roleCode(r)), std::optional<Role>(r));
    QCOMPARE(roleFromCode(QStringLiteral("dean")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
