"""The values authored into the PDF fixtures: distinct, non-zero where possible, and consistent with
every identity of the spec, so that a value read into the wrong cell shows as a wrong value or a
broken identity."""

APPLICANTS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org"]
COLS = APPLICANTS + ["total"]

OUTCOMES_2019 = (["granted", "partially_granted"]
                 + ["denied_state_secret", "denied_law_prohibited", "denied_security", "denied_third_party",
                    "denied_internal", "denied_process", "denied_enforcement_file", "denied_query"]
                 + ["unable_no_info", "unable_need_creation", "unable_unclear"]
                 + ["rejected_petition", "rejected_duplicate", "rejected_publication", "rejected_mass_repeat",
                    "rejected_confirm"]
                 + ["other"])
OUTCOMES_2021 = OUTCOMES_2019[:-1] + ["other_no_correction", "other_no_fee", "other_other"]


def requests(template, blanks=()):
    """{row: {col: int}}; cells named in blanks are 0 (written blank or dashed in the source)."""
    outcomes = OUTCOMES_2019 if template == "2019" else OUTCOMES_2021
    t = {}
    for i, row in enumerate(outcomes):
        t[row] = {}
        for j, col in enumerate(APPLICANTS):
            t[row][col] = 0 if (row, col) in blanks else 2 + (i * 5 + j * 7) % 19 + (10 if j == 0 else 0)
        t[row]["total"] = sum(t[row][c] for c in APPLICANTS)
    t["total"] = {c: sum(t[r][c] for r in outcomes) for c in COLS}
    t["carried_forward"] = {c: j + 3 for j, c in enumerate(APPLICANTS)}
    t["carried_forward"]["total"] = sum(t["carried_forward"][c] for c in APPLICANTS)
    t["carried_over"] = {c: 0 if ("carried_over", c) in blanks else 2 * j + 1 for j, c in enumerate(APPLICANTS)}
    t["carried_over"]["total"] = sum(t["carried_over"][c] for c in APPLICANTS)
    t["new"] = {c: t["total"][c] + t["carried_forward"][c] - t["carried_over"][c] for c in COLS}
    return t


def active(template):
    """{(row, col): raw text as written}."""
    if template == "2019":
        return {
            ("regulations", "new_made"): "3", ("regulations", "new_published"): "2",
            ("regulations", "total_published"): "41",
            ("normative_documents", "new_made"): "13", ("normative_documents", "new_published"): "7",
            ("normative_documents", "total_published"): "120",
            ("licensing", "previous_count"): "382", ("licensing", "change"): "-11", ("licensing", "decisions"): "371",
            ("other_services", "previous_count"): "25", ("other_services", "change"): "+4",
            ("other_services", "decisions"): "9",
            ("penalty", "previous_count"): "1322", ("penalty", "change"): "+1355", ("penalty", "decisions"): "2677",
            ("coercion", "previous_count"): "148", ("coercion", "change"): "10(增)", ("coercion", "decisions"): "158",
            ("fees", "previous_count"): "37", ("fees", "change"): "-3",
            ("procurement", "items"): "77", ("procurement", "amount"): "24946.6",
        }
    return {
        ("regulations", "issued"): "4", ("regulations", "repealed"): "1", ("regulations", "in_force"): "52",
        ("normative_documents", "issued"): "16", ("normative_documents", "repealed"): "5",
        ("normative_documents", "in_force"): "210",
        ("licensing", "decisions"): "8431", ("penalty", "decisions"): "2213", ("coercion", "decisions"): "97",
        ("fees", "amount"): "56.78",
    }


APPEAL_ROWS = ["review", "litigation_direct", "litigation_after_review"]
APPEAL_COLS = ["upheld", "corrected", "other", "pending", "total"]


def appeals():
    parts = {"review": [3, 1, 2, 4], "litigation_direct": [5, 2, 1, 3], "litigation_after_review": [1, 6, 2, 3]}
    return {r: dict(zip(APPEAL_COLS, v + [sum(v)])) for r, v in parts.items()}
