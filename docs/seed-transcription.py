"""Hand transcription of the five seed reports' tables, read off the source text line by line.

Used once to check the fixtures' expected cells: every value below was typed from the source,
not from nianbao's output. Run: python3 docs/seed-transcription.py fixtures/text
It compares each <seed>.txt.cells.csv with this transcription and checks that every raw text
stands on the line its location names.
"""
import csv, sys, os

Z7 = [0] * 7
REQ_ROWS = ["new", "carried_over", "granted", "partially_granted", "denied_state_secret", "denied_law_prohibited",
            "denied_security", "denied_third_party", "denied_internal", "denied_process", "denied_enforcement_file",
            "denied_query", "unable_no_info", "unable_need_creation", "unable_unclear", "rejected_petition",
            "rejected_duplicate", "rejected_publication", "rejected_mass_repeat", "rejected_confirm", "other",
            "total", "carried_forward"]
REQ_COLS = ["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"]
APP_ROWS = ["review", "litigation_direct", "litigation_after_review"]
APP_COLS = ["upheld", "corrected", "other", "pending", "total"]
ACT_COLS = {"regulations": ["new_made", "new_published", "total_published"],
            "normative_documents": ["new_made", "new_published", "total_published"],
            "licensing": ["previous_count", "change", "decisions"],
            "other_services": ["previous_count", "change", "decisions"],
            "penalty": ["previous_count", "change", "decisions"],
            "coercion": ["previous_count", "change", "decisions"],
            "fees": ["previous_count", "change"], "procurement": ["items", "amount"]}
B = None  # blank in the source

SEEDS = {
    "jishishan.txt": dict(
        active=dict(regulations=[0, 0, 0], normative_documents=[13, 7, 20], licensing=[382, -11, 371],
                    other_services=[0, 0, 0], penalty=[1322, 1355, 2677], coercion=[148, 10, 158], fees=[37, -3],
                    procurement=[77, "24946.6"]),
        requests={}, appeals=[0] * 15),
    "yanchi-dashuikeng.txt": dict(
        active=dict(regulations=[0, 0, 0], normative_documents=[0, 0, 0], licensing=[0, 0, 0],
                    other_services=[0, 0, 0], penalty=[1, 0, 99], coercion=[0, 0, 0], fees=[0, 0],
                    procurement=[0, 0]),
        requests={}, appeals=[0] * 15),
    "xiayi.txt": dict(
        active=dict(regulations=[0, 0, 0], normative_documents=[5, 5, 5], licensing=[231, 1, 27269],
                    other_services=[551, 0, 220809], penalty=[1808, 0, 1668], coercion=[111, 0, 6], fees=[7, 0],
                    procurement=[3, "111.1"]),
        requests=dict(new=[10, 2, 0, 0, 0, 0, 12], carried_over=[2, 0, 0, 0, 0, 0, 2], granted=[3, 0, 0, 0, 0, 0, 3],
                      unable_no_info=[4, 2, 0, 0, 0, 0, 6], unable_unclear=[5, 0, 0, 0, 0, 0, 5],
                      total=[12, 2, 0, 0, 0, 0, 14]),
        appeals=[0, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]),
    "kangle.txt": dict(
        active=dict(regulations=[0, 0, 0], normative_documents=[6, 6, 6], licensing=[181, 130, 582],
                    other_services=[24, B, 24], penalty=[191, -19, 74], coercion=[5, -3, 0], fees=[4, B],
                    procurement=[1878, "63744431.4"]),
        requests={}, appeals=[0] * 15),
    "gansu-office.txt": dict(
        active=dict(regulations=[2, 2, 8], normative_documents=[76, 76, 147], licensing=[0, 0, 0],
                    other_services=[0, 0, 0], penalty=[0, 0, 0], coercion=[0, 0, 0], fees=[0, 0],
                    procurement=[10, "4555.771"]),
        requests=dict(new=[161, 8, 1, 0, 0, 2, 172], carried_over=[5, 0, 0, 0, 0, 0, 5],
                      granted=[26, 0, 0, 0, 0, 0, 26], partially_granted=[26, 2, 0, 0, 0, 0, 28],
                      denied_state_secret=[5, 0, 0, 0, 0, 0, 5], denied_third_party=[0, 1, 0, 0, 0, 0, 1],
                      denied_process=[1, 0, 0, 0, 0, 0, 1], unable_no_info=[49, 2, 0, 0, 0, 2, 53],
                      unable_need_creation=[27, 1, 1, 0, 0, 0, 29], rejected_petition=[6, 0, 0, 0, 0, 0, 6],
                      rejected_publication=[0, 1, 0, 0, 0, 0, 1], other=[19, 1, 0, 0, 0, 0, 20],
                      total=[159, 8, 1, 0, 0, 2, 170], carried_forward=[7, 0, 0, 0, 0, 0, 7]),
        # ten numbers under fifteen columns with five leading blank cells: the layout's reading
        appeals=[B] * 5 + [1, 2, 0, 1, 4] + [0] * 5),
}


def expected(seed):
    out = {}
    for row, vals in seed["active"].items():
        for col, v in zip(ACT_COLS[row], vals):
            out[("active", row, col)] = v
    for row in REQ_ROWS:
        for col, v in zip(REQ_COLS, seed["requests"].get(row, Z7)):
            out[("requests", row, col)] = v
    for i, v in enumerate(seed["appeals"]):
        out[("appeals", APP_ROWS[i // 5], APP_COLS[i % 5])] = v
    return out


def main(folder):
    bad = 0
    for name, seed in SEEDS.items():
        src = open(os.path.join(folder, name), encoding="utf-8").read().splitlines()
        want = expected(seed)
        got = {}
        for r in csv.DictReader(open(os.path.join(folder, name + ".cells.csv"), encoding="utf-8")):
            key = (r["table"], r["row"], r["column"])
            got[key] = r["value"]
            line = int(r["location"].split(":")[1])
            first = r["raw"].split("\n")[0]
            if first not in src[line - 1]:
                bad += 1
                print(f"{name} {key}: raw {r['raw']!r} is not on line {line}: {src[line - 1]!r}")
        for key, v in want.items():
            w = "" if v is None else str(v)
            if got.get(key) != w:
                bad += 1
                print(f"{name} {key}: transcribed {w!r}, expected file has {got.get(key)!r}")
        for key in set(got) - set(want):
            bad += 1
            print(f"{name} {key}: in expected file but not in the source tables")
        print(f"{name}: {len(want)} cells transcribed, {len(got)} in expected file")
    print("mismatches:", bad)
    return bad


if __name__ == "__main__":
    sys.exit(1 if main(sys.argv[1]) else 0)
