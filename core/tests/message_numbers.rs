//! Regression (found by the `jsonrpc` fuzz target): an owned `Message` must
//! survive a serialise/parse round trip, numbers included. serde_json's default
//! float parsing is not correctly rounded, so a large number drifted by one ulp
//! each time a message was rewritten.

use warden_core::jsonrpc::Message;

#[test]
fn numbers_survive_a_round_trip() {
    for number in [
        "123456780010334570973379283",
        "1.2345678001033455e+29",
        "0.30000000000000004",
        "2.2250738585072011e-308",
        "-9007199254740993",
    ] {
        let text = format!(
            r#"{{"jsonrpc":"2.0","method":"ping","params":[{number}],"x":{{"n":{number}}}}}"#
        );
        let msg = Message::parse(&text).unwrap();
        let again = Message::parse(&msg.to_json()).unwrap();
        assert_eq!(again, msg, "{number}");
        let (a, b): (serde_json::Value, serde_json::Value) = (
            serde_json::from_str(number).unwrap(),
            serde_json::from_str(
                &serde_json::to_string(&serde_json::from_str::<serde_json::Value>(number).unwrap())
                    .unwrap(),
            )
            .unwrap(),
        );
        assert_eq!(a, b, "{number}");
    }
}
