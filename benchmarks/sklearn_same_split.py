#!/usr/bin/env python3
"""scikit-learn on exactly the split Propensity used: reads our schema (same columns, same missing tokens)
and the split file written by `propensity evaluate --predictions-out`, and prints ROC AUC of
LogisticRegression (one-hot + standardised, lbfgs C=1) and HistGradientBoosting, next to ours."""
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


def main(schema_path, split_path):
    schema = json.load(open(schema_path))
    folder = os.path.dirname(os.path.abspath(schema_path))
    fmt = schema.get("format", {})
    missing = ["", "NA", "N/A", "null"] + fmt.get("missing", [])
    df = pd.read_csv(os.path.join(folder, schema["data"]), sep=fmt.get("separator", ","),
                     na_values=missing, keep_default_na=False, low_memory=False)
    label = schema["label"]
    y = (df[label["column"]].astype(str).str.strip().str.lower() == str(label["positive"]).lower()).astype(int).to_numpy()
    cats = [f["name"] for f in schema["features"] if f["kind"] == "categorical"]
    nums = [f["name"] for f in schema["features"] if f["kind"] == "numeric"]
    bools = [f["name"] for f in schema["features"] if f["kind"] == "boolean"]
    X = df[cats + nums + bools].copy()
    for b in bools:
        X[b] = X[b].astype(str).str.strip().str.lower().map({"yes": 1, "no": 0, "true": 1, "false": 0, "1": 1, "0": 0})
    for c in cats:
        X[c] = X[c].astype(str).str.strip().str.lower().where(X[c].notna(), "missing")
    split = pd.read_csv(split_path)
    train = split.loc[split["set"] == "train", "row"].to_numpy()
    test = split.loc[split["set"] == "test", "row"].to_numpy()
    ours = split.loc[split["set"] == "test", "probability"].to_numpy()

    lr = make_pipeline(ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore"), cats),
        ("num", make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), nums + bools)]),
        LogisticRegression(max_iter=2000, C=1.0))
    lr.fit(X.iloc[train], y[train])
    lr_auc = roc_auc_score(y[test], lr.predict_proba(X.iloc[test])[:, 1])

    hgb = make_pipeline(ColumnTransformer([
        ("cat", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1), cats),
        ("num", "passthrough", nums + bools)]),
        HistGradientBoostingClassifier(random_state=42))
    hgb.fit(X.iloc[train], y[train])
    hgb_auc = roc_auc_score(y[test], hgb.predict_proba(X.iloc[test])[:, 1])
    our_auc = roc_auc_score(y[test], ours)
    print(f"{schema['name']}: test rows {len(test)}  propensity {our_auc:.4f}  "
          f"sklearn LogisticRegression {lr_auc:.4f}  sklearn HistGradientBoosting {hgb_auc:.4f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
