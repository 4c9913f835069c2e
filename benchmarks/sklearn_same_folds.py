#!/usr/bin/env python3
"""scikit-learn on exactly the cross-validation folds Propensity used.

Reads our schema (same columns, same missing tokens, the survey left-joined by its key) and the folds file
written by `propensity evaluate --folds 5 --predictions-out F` (row, fold, won, out-of-fold probability). Trains
LogisticRegression (one-hot + standardised, lbfgs C=1) and HistGradientBoosting on the other four folds for each
fold, and prints, for all three models, the pooled out-of-fold ROC AUC with DeLong's 95 % interval, the mean and
sd of the five per-fold AUCs, and the paired DeLong difference Propensity - HistGradientBoosting on the same rows.
"""
import json
import os
import sys

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, OrdinalEncoder, StandardScaler

Z95 = 1.959963984540054


def placements(scores, y):
    """DeLong placements: each win's share of losses below it, each loss's share of wins above it (ties half)."""
    wins = np.sort(scores[y == 1])
    losses = np.sort(scores[y == 0])
    w = scores[y == 1]
    l = scores[y == 0]
    v10 = (np.searchsorted(losses, w, "left") + np.searchsorted(losses, w, "right")) / 2 / len(losses)
    v01 = 1 - (np.searchsorted(wins, l, "left") + np.searchsorted(wins, l, "right")) / 2 / len(wins)
    return v10, v01


def delong(scores, y):
    v10, v01 = placements(scores, y)
    auc = v10.mean()
    se = np.sqrt(v10.var(ddof=1) / len(v10) + v01.var(ddof=1) / len(v01))
    return auc, max(0, auc - Z95 * se), min(1, auc + Z95 * se)


def delong_difference(a, b, y):
    """Paired DeLong: AUC(a) - AUC(b) on the same rows, with its 95 % interval."""
    a10, a01 = placements(a, y)
    b10, b01 = placements(b, y)
    s10 = np.cov(np.vstack([a10, b10]))
    s01 = np.cov(np.vstack([a01, b01]))
    var = (s10[0, 0] + s10[1, 1] - 2 * s10[0, 1]) / len(a10) + (s01[0, 0] + s01[1, 1] - 2 * s01[0, 1]) / len(a01)
    d = a10.mean() - b10.mean()
    se = np.sqrt(max(var, 0))
    return d, d - Z95 * se, d + Z95 * se


def load(schema_path):
    schema = json.load(open(schema_path))
    folder = os.path.dirname(os.path.abspath(schema_path))
    fmt = schema.get("format", {})
    missing = ["", "NA", "N/A", "null"] + fmt.get("missing", [])
    read = lambda f: pd.read_csv(os.path.join(folder, f), sep=fmt.get("separator", ","), na_values=missing,
                                 keep_default_na=False, low_memory=False)
    df = read(schema["data"])
    label = schema["label"]
    df = df[df[label["column"]].notna()].reset_index(drop=True)
    if "survey" in schema:
        survey = read(schema["survey"]["file"])
        key = schema["survey"]["key"]
        df = df.merge(survey.drop_duplicates(key), on=key, how="left", suffixes=("", "_survey"))
    y = (df[label["column"]].astype(str).str.strip().str.lower() == str(label["positive"]).lower()).astype(int).to_numpy()
    cats = [f["name"] for f in schema["features"] if f["kind"] == "categorical"]
    nums = [f["name"] for f in schema["features"] if f["kind"] == "numeric"]
    bools = [f["name"] for f in schema["features"] if f["kind"] == "boolean"]
    X = df[cats + nums + bools].copy()
    for b in bools:
        X[b] = X[b].astype(str).str.strip().str.lower().map(
            {"yes": 1, "no": 0, "true": 1, "false": 0, "1": 1, "0": 0, "1.0": 1, "0.0": 0})
    for c in cats:
        X[c] = X[c].astype(str).str.strip().str.lower().where(X[c].notna(), "missing")
    return schema, X, y, cats, nums + bools


def main(schema_path, folds_path, label):
    schema, X, y, cats, nums = load(schema_path)
    folds = pd.read_csv(folds_path).sort_values("row")
    rows = folds["row"].to_numpy()
    assert len(rows) == len(y) and (folds["won"].to_numpy() == y[rows]).all(), "folds file does not match the data"
    fold = folds["fold"].to_numpy()
    ours = folds["probability"].to_numpy()
    lr_p = np.zeros(len(y))
    hgb_p = np.zeros(len(y))
    for f in sorted(set(fold)):
        train, test = np.where(fold != f)[0], np.where(fold == f)[0]
        lr = make_pipeline(ColumnTransformer([
            ("cat", OneHotEncoder(handle_unknown="ignore"), cats),
            ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), nums)]),
            LogisticRegression(max_iter=2000, C=1.0))
        lr.fit(X.iloc[train], y[train])
        lr_p[test] = lr.predict_proba(X.iloc[test])[:, 1]
        hgb = make_pipeline(ColumnTransformer([
            ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cats),
            ("num", "passthrough", nums)]),
            HistGradientBoostingClassifier(random_state=42))
        hgb.fit(X.iloc[train], y[train])
        hgb_p[test] = hgb.predict_proba(X.iloc[test])[:, 1]

    def cell(p):
        auc, lo, hi = delong(p, y)
        per = [roc_auc_score(y[fold == f], p[fold == f]) for f in sorted(set(fold))]
        return f"{auc:.4f} ({lo:.4f}-{hi:.4f}); folds {np.mean(per):.4f} ± {np.std(per, ddof=1):.4f}"

    d, dlo, dhi = delong_difference(ours, hgb_p, y)
    print(f"| {label} | {len(y):,} ({int(y.sum()):,} wins) | {cell(ours)} | {cell(lr_p)} | {cell(hgb_p)} | "
          f"{d:+.4f} ({dlo:+.4f} to {dhi:+.4f}) |", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
