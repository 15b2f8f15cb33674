"""General reading (issue 13): mechanisms that hold across wordings, each with a near miss.

Short texts written for these tests, not copied from any policy. Each case names the
mechanism, the question and the answer a careful reader gives; the near misses keep a
mechanism from reading more than it should.
"""

from __future__ import annotations

import pytest

from tests.conftest import answer_values

CASES = [
    # a negation between the reader and the verb denies the right
    ("access_and_deletion", "not_mentioned", "Customers cannot remove their account details once an order ships."),
    # near misses: a negation further on, or in a clause about the reader, does not
    ("access_and_deletion", ("delete",), "Members who have not logged in for a year can erase their account data."),
    ("access_and_deletion", ("delete",), "You may ask us to erase any details that we do not need any more."),
    # kept with no time said is a retention the reader cannot see the end of
    ("retention", "unclear", "Some details you gave us may still persist on our archive tapes after you close your account."),
    ("retention", "unclear", "We may keep the messages you send to our help desk for training purposes."),
    # "not kept longer than needed": the denial of the longer time is the limit
    ("retention", "as_long_as_needed", "Personal data is never held longer than is strictly needed for the purpose it serves."),
    # near miss: keeping listed among uses is not a statement about time
    ("retention", "not_mentioned", "We store and process your data to run the service."),
    # a contact route given as a form or "contact us here" (the link is the route), not an address
    ("contact", ("web_form",), "## Questions\n\nFor questions about your privacy, please reach us online."),
    ("contact", ("web_form",), "If you have questions about your records, please use the privacy form."),
    # near miss: a page that lists other channels is not itself a form (a way to reach them, unnamed)
    ("contact", "unclear", "## Questions\n\nOur Contact Us page lists every way to find us."),
    # "have X corrected or removed": the reader's request, said with the things done to the data
    ("access_and_deletion", ("correct", "delete"), "Should your details be wrong, you may ask to have the data amended or erased."),
    ("access_and_deletion", ("correct",), "Members are entitled to require their records to be corrected when they are wrong."),
    # a negation in the clause before ("if you no longer ...") does not deny what the main clause gives
    (
        "access_and_deletion",
        ("correct", "delete"),
        "If you no longer need the alerts to which you signed up, we will give you a way to amend or erase your account data.",
    ),
    # near miss: a denial of the right itself still denies it
    ("access_and_deletion", "not_mentioned", "We do not let users delete or edit their account data."),
    # a bracketed aside does not cut a clause: the denial still covers the data named before it
    (
        "shares_for_marketing",
        "no",
        "Your personal information (name, e-mail, telephone number) is not transferred to any third party for its marketing.",
    ),
    # every form of the verb is the verb
    ("shares_for_marketing", "no", "Customer data is never transferred or traded to other companies for their marketing."),
    # handing data "on" or "to" someone is sharing; passing a test is not
    (
        "shares_for_marketing",
        "with_consent",
        "We will not pass your details to any other organisation for marketing without your prior consent.",
    ),
    # giving something to the reader is not sharing with others
    (
        "shares_for_marketing",
        "not_mentioned",
        "If you agree to us providing you with marketing information, you can opt out at any time.",
    ),
    # the lines of an address under "write to us at" keep the sentence that introduced them
    (
        "contact",
        ("email", "postal"),
        "## Contacting us\n\nIf you have questions, you may reach us using the details below.\n\nExample Widgets Ltd\n\n"
        "Harbour Street 17\n\nRiga\n\nhello@example.org",
    ),
    (
        "contact",
        ("postal",),
        "If you have any questions about this policy, please write to us:\n\nAcme Corp.\n\nOne Market Plaza\n\n"
        "Springfield, Illinois 62701",
    ),
    # a line of figures that is not in a contact context is not an address
    ("contact", "not_mentioned", "We keep logs.\n\nVersion 17\n\nThe rest of the policy follows."),
    # a long numbered item stays under the line that introduced the list
    (
        "legal_disclosure",
        "broad",
        "We may disclose your information as follows:\n\n1. To vendors who host our website and answer support "
        "requests for us, under contracts that limit their use of the information to those services and nothing "
        "else, whatever they are.\n\n2. To other parties in order to investigate or take action regarding "
        "suspected fraud, illegal activities or violations of our terms, at our sole discretion and without "
        "asking you first, in any country.",
    ),
    # keeping data from unauthorised disclosure is security, not a disclosure to the police
    (
        "legal_disclosure",
        "not_mentioned",
        "We use safeguards to protect your personal information against unauthorized access or disclosure.",
    ),
    # "without notice" leaves the reader untold, unless the company promises to post the changes
    ("policy_changes", "no_notice", "We may change this policy at any time without notice to you. We will change the date at the top when we do."),
    (
        "policy_changes",
        "posted_on_site",
        "If we change this policy, we will post the changes on this page. We may change it without prior notice.",
    ),
    ("policy_changes", "not_mentioned", "Prices and product availability may change without notice."),
    # the reader's right to see their data, against the company's own access
    ("access_and_deletion", ("access",), "Your information can be reviewed on the Account page of our website."),
    (
        "access_and_deletion",
        "not_mentioned",
        "We reserve the right to access and preserve information where the law requires it. "
        "You need a password to access your account.",
    ),
    # needed-for-purpose retention said without "as long as"
    (
        "retention",
        "as_long_as_needed",
        "We keep personal information to fulfil the purposes for which it was collected.",
    ),
    ("retention", "not_mentioned", "We share data with service providers we have retained to run our servers."),
    # negative determiners deny as "not" does; "nothing but" is an exception, not a denial
    ("cookies", "no", "This site sets no cookies."),
    ("cookies", "yes", "We use cookies to keep you signed in, but we do not use permanent cookies."),
    ("third_party_tracking", "no", "There are no third-party scripts or trackers on this website."),
    ("data_collected", ("contact",), "We collect nothing but your e-mail address."),
    # a marketing opt-out said as being taken off a list
    ("marketing_opt_out", "opt_out", "You can ask to be removed from our mailing list at any time."),
    # a phone number told apart from the word "call" by a few words
    ("contact", ("phone",), "You can call our privacy team on 0800 123 4567."),
    # a contractor named by brand and the work it does; a tool named the same way is not one
    ("service_providers", "yes", "We use Stripe to process payments and Mailchimp to send our newsletter."),
    ("service_providers", "not_mentioned", "We use cookies to store your preferences."),
    # a denial phrased around the verb is not a sale
    ("sells_data", "not_mentioned", "Selling your personal information is not something we do."),
    # "choose not to", "whether ... or not": a choice, not a denial
    (
        "marketing_opt_out",
        "opt_out",
        "You can choose not to receive marketing from us by unsubscribing with the link in any marketing email.",
    ),
    (
        "marketing_opt_out",
        "opt_out",
        "Whether registered or not, you also will be given the opportunity to unsubscribe from commercial messages.",
    ),
    # deletion said in a list of verbs, or as a request
    ("access_and_deletion", ("correct", "delete"), "To modify or delete any of the personal information you gave us, log in and edit your profile."),
    ("access_and_deletion", ("delete",), "Please email us to request the deletion of your data."),
    # what others can see, or a reminder to reread the policy, is not the reader's access
    (
        "access_and_deletion",
        "not_mentioned",
        "Information you post in forums can be viewed and used by people you do not know. Please review this policy periodically.",
    ),
    ("shares_for_marketing", "with_consent", "We will not sell, exchange or otherwise distribute your personal information without your consent."),
    # an age limit said of people, of "you", or as a site for adults used "with a parent"
    ("children", "not_directed_under", "People under 18 are not permitted to use our service on their own."),
    ("children", "not_directed_under", "If you are not 18 or older, you are not authorized to use the site."),
    ("children", "not_directed_under", "If you are under 18, you may use this website only with the involvement of a parent or guardian."),
    # a parent's consent for a child is a consent process; deleting what came without it is not
    (
        "children",
        "parental_consent",
        "A patient under 18 can receive care only through the account of a parent, who must give consent to each visit.",
    ),
    (
        "children",
        "not_directed_under",
        "Our site is not directed to children under 13. If we learn that we collected data from a child under 13 "
        "without parental consent, we delete it.",
    ),
    # a blanket promise not to share any personal data, recipient unsaid, covers selling it (round 47)
    ("sells_data", "no", "We will not disclose any PII we hold about you, except in the cases listed below."),
    ("sells_data", "no", "Our members' user data is never shared with third parties."),
    ("shares_for_marketing", "with_consent", "Acme will not release any of your personal details without your permission."),
    # near misses: a party named by a pronoun, and a rule for children, promise nothing general
    ("sells_data", "not_mentioned", "We do not give any personal information to them under this arrangement."),
    ("sells_data", "not_mentioned", "No one under age 16 may provide any personal information to the club."),
    # a list item that starts with removing the reader's data, under "upon request we will:" (round 47)
    ("access_and_deletion", ("delete",), "Upon request, our sites will:\n\n1. Remove you and your personal information from our records"),
    # near miss: removing a name from a mailing list is stopping marketing, not deleting data
    ("access_and_deletion", "not_mentioned", "Upon request, we will:\n\n1. Remove your name and personal information from our mailing lists"),
    # round 48: rights said with the company as the one acting, or as "the right to know"
    ("access_and_deletion", ("access",), "You have the right to know what personal information we have collected about you."),
    ("access_and_deletion", ("access",), "To find out what information we hold about you, please write to the club secretary."),
    ("access_and_deletion", ("access",), "Upon your request we will provide you with the information we hold about you."),
    ("access_and_deletion", ("delete",), "We will, upon request, delete your personal information from our systems."),
    ("access_and_deletion", ("correct",), "You can ask us to stop using your data or to rectify it."),
    # near misses: telling what the policy covers, a right to transparency, deletion at others' request
    ("access_and_deletion", "not_mentioned", "This notice tells you what information we collect and how we use it."),
    ("access_and_deletion", "not_mentioned", "You have a right to know how we use your data."),
    ("access_and_deletion", "not_mentioned", "We may delete your account at our discretion, including upon request of the authorities."),
    # a duty to hand data over, said without "required by law"
    ("legal_disclosure", "required_by_law", "We may be obliged to hand over your details to the police or a court."),
    ("legal_disclosure", "required_by_law", "Information may be disclosed to government authorities where we are legally obligated to do so."),
    ("legal_disclosure", "not_mentioned", "We are required to keep records for tax purposes."),
    # "we will let you know" is telling users directly; "to let you know" about something else is not
    ("policy_changes", "direct_notice", "We will let you know about significant changes through a notice in the app."),
    ("policy_changes", "not_mentioned", "The address will change to https to let you know you are in a secure area."),
    # the site first, then "or" e-mail: the channel is the company's choice
    ("policy_changes", "posted_on_site", "If we change this policy, we will let you know via this website or an email. Changes will be posted here."),
    # stopping messages said as managing subscriptions or replying STOP; a box to tick is an opt-in
    ("marketing_opt_out", "opt_out", "You can manage your email subscriptions in your account settings."),
    ("marketing_opt_out", "opt_out", "Reply STOP to any text message to stop marketing texts."),
    ("marketing_opt_out", "opt_in", "We will not send you promotional material unless you tick the box."),
    ("marketing_opt_out", "not_mentioned", "You can manage your subscriptions to our software plans on the billing page."),
    # retention said with "destroyed when no longer required" or "archived for"
    ("retention", "as_long_as_needed", "Your data will be destroyed when no longer required."),
    ("retention", "stated_period", "Records are archived for seven years to meet tax law."),
    ("retention", "not_mentioned", "Our newsletter archive goes back ten years."),
    # refusing cookies said around the verb
    ("cookies", "yes_can_refuse", "Our site uses cookies. To learn how to manage them, see your browser's help pages."),
    ("cookies", "yes_can_refuse", "If you prefer not to receive cookies, you can adjust your browser to notify you when a cookie is sent."),
    ("cookies", "yes", "Our site uses cookies. We manage them through our browser-based dashboard."),
    ("third_party_tracking", "yes", "We work with analytics providers who collect data about your use of the service."),
    # others' marketing said as what they may do, or as the company letting them contact the reader
    ("shares_for_marketing", "yes", "We may share your contact details with carefully selected partners so they can send you offers."),
    ("shares_for_marketing", "yes", "Our partners may use your information to promote their own products."),
    ("shares_for_marketing", "yes", "We allow selected retailers to contact you with promotions."),
    ("shares_for_marketing", "with_consent", "With your permission, we may pass your details to our sponsors."),
    ("shares_for_marketing", "not_mentioned", "We share data with service providers so they can send you our emails."),
    ("shares_for_marketing", "not_mentioned", "Our partners may not use your information to promote their own products."),
    ("shares_for_marketing", "not_mentioned", "We allow users to contact you through the messaging feature."),
    # round 49: data kept in one named country only is not moved abroad; "overseas" is abroad
    ("international_transfer", "no", "All of our data is kept within the UK."),
    ("international_transfer", "no", "Your data never leaves Canada."),
    ("international_transfer", "yes", "Our service providers may be located overseas."),
    # near miss: where the reader lives is not where the data goes
    (
        "international_transfer",
        "not_mentioned",
        "If you reside in a country within the European Union you contract with our Luxembourg office, which stores your data.",
    ),
    # an audience of adults, with or without an age
    ("children", "not_directed_under", "This website is meant for adults."),
    ("children", "not_directed_under", "Our services are intended only for users aged 18 and over."),
    ("children", "not_mentioned", "We designed this game for adults and teenagers alike, and children love it too."),
    # contractors named by what they do, or as suppliers with access
    ("service_providers", "yes", "Our hosting provider stores your data."),
    ("service_providers", "yes", "Payment is handled by Stripe."),
    ("service_providers", "yes", "Some of our suppliers have access to your data to deliver your orders."),
    ("service_providers", "not_mentioned", "Payment is due by the end of the month."),
    ("service_providers", "not_mentioned", "Our products are made by suppliers in Asia."),
    # "not for sale"
    ("sells_data", "no", "Your personal data is not for sale."),
    ("sells_data", "not_mentioned", "These products are not for sale in Canada; we ship your personal details to partners."),
    # a denied transfer in a corporate deal; an exception that is the deal itself
    ("business_transfer", "no", "Your information will never be sold as part of a merger."),
    ("business_transfer", "no", "We will not transfer your information as part of any corporate transaction."),
    (
        "business_transfer",
        "yes",
        "We will not sell or disclose personal information to any third parties except successors in title to our business.",
    ),
    # a portal or help centre as the way to write in; a help centre that only explains is not
    ("contact", ("web_form",), "Send your request through our online privacy portal."),
    ("contact", "not_mentioned", "Our help centre explains how the app works."),
    # Do Not Track refused with "it" pointing back
    ("do_not_track", "not_honored", "Some browsers offer a Do Not Track setting. We currently do not support it."),
    # round 50: more rights said around the verb
    (
        "access_and_deletion",
        ("access",),
        "Residents of California may request that we disclose the categories of personal information we collected.",
    ),
    ("access_and_deletion", ("access",), "Individuals may obtain confirmation of whether we process their data."),
    ("access_and_deletion", ("delete",), "If you would like your account deleted, contact us."),
    ("access_and_deletion", ("delete",), "We will honor requests to delete personal data."),
    # near misses: the authorities asking, a friend's data
    ("access_and_deletion", "not_mentioned", "Law enforcement may request that we disclose personal information."),
    ("access_and_deletion", "not_mentioned", "Your friend may contact us to request that we remove this information from our database."),
    # stopping messages: "stop getting", "ask us not to send", a catalogue by post; consent as the only way in
    ("marketing_opt_out", "opt_out", "To stop getting our emails, change your notification settings."),
    ("marketing_opt_out", "opt_out", "If you no longer wish to receive our catalogue by post, call us."),
    ("marketing_opt_out", "opt_out", "You may ask us not to send you marketing."),
    ("marketing_opt_out", "opt_in", "Marketing communications are sent only with your consent."),
    ("marketing_opt_out", "not_mentioned", "We send service emails only with your consent to the terms of service."),
    # disclosure on a suspicion of wrongdoing goes beyond the law's demands
    ("legal_disclosure", "broad", "We may release information to law enforcement if we suspect illegal activity."),
    # a measure named without a word of protection around it
    ("security", ("encryption",), "We use SSL."),
    ("security", ("access_controls",), "Two-factor authentication is available for all accounts."),
    ("security", ("other_measures",), "Passwords are hashed."),
    # near miss: authentication named as a purpose of using data is no safeguard
    ("security", "not_mentioned", "We use this information for billing, identification and authentication."),
    # round 51: a list rented or exchanged is for the other party's mailings; offers "of interest";
    # recipients "who may contact you with offers"
    ("shares_for_marketing", "yes", "We may rent our mailing list to other organizations."),
    ("shares_for_marketing", "yes", "We may exchange names and addresses with other charities."),
    (
        "shares_for_marketing",
        "yes",
        "We occasionally make our customer list available to carefully screened companies that offer products of interest.",
    ),
    ("shares_for_marketing", "yes", "We may share information with sponsors of contests you enter, who may contact you with offers."),
    ("shares_for_marketing", "no", "We never rent our mailing list to other organizations."),
    ("shares_for_marketing", "not_mentioned", "We exchange data with our payment processor."),
    # round 53: a copy of an identity document; a passive notice with its channel; named measures and refusals
    ("data_collected", ("government_id",), "We ask for a copy of your passport to verify your identity."),
    ("data_collected", "not_mentioned", "Please keep a copy of your passport when you travel."),
    ("policy_changes", "direct_notice", "Material changes will be notified to you by email at least 30 days in advance."),
    ("policy_changes", "posted_on_site", "Changes will be communicated by email or posted on our website."),
    # a promise about behavioural tracking only leaves analytics trackers open: not an answer (round 53 went down on it)
    ("third_party_tracking", "not_mentioned", "It is also important to note that we do not allow third-party behavioral tracking."),
    ("security", ("other_measures",), "We use regular malware scanning."),
    ("security", "not_mentioned", "Your computer may be infected by malware if you download pirated files."),
    # round 55: addresses written to fool harvesters or hidden by the archive; European street
    # addresses; support tickets; a warrant
    ("contact", ("email",), "If you have questions, contact our data protection officer at dpo (at) example.com."),
    ("contact", ("email",), "To request removal of your information, contact us at [email protected]."),
    ("contact", ("postal",), "Contact us: Example GmbH, Hauptstrasse 5, 10115 Berlin, Germany."),
    ("contact", ("web_form",), "For privacy questions, please open a support ticket."),
    ("contact", "not_mentioned", "We walk along the weg 5 times a day."),
    ("legal_disclosure", "required_by_law", "We will not disclose your information to the government unless we are served with a valid warrant."),
    # round 56: correcting said as a purpose, a summary of the data held, records purged on request
    ("access_and_deletion", ("correct",), "To update your personal information, please visit your account page."),
    ("access_and_deletion", ("access",), "Upon request, we will provide you with a summary of any personal data retained by us."),
    ("access_and_deletion", ("delete",), "Subscribers may unsubscribe and ask that their records be purged."),
    ("access_and_deletion", "not_mentioned", "We use your data to update your profile recommendations."),
    ("access_and_deletion", "not_mentioned", "We will provide you with a summary of our practices."),
    # near miss: ceasing to use data once the reader leaves is no deletion
    ("access_and_deletion", "not_mentioned", "We will cease using your data once you cancel or terminate your registration."),
    # stopping messages said as a choice not to receive, telling us not to send; newsletters on request only
    ("marketing_opt_out", "opt_out", "You may choose not to receive promotional emails from us."),
    ("marketing_opt_out", "opt_out", "You can tell us not to send you offers."),
    ("marketing_opt_out", "opt_in", "You will receive our newsletter only if you request it."),
    ("marketing_opt_out", "not_mentioned", "You will receive order confirmations only if you request them."),
    # measures named by what they are: a secure data centre, trained staff, certifications
    ("security", ("other_measures",), "We store your data in a secure data center."),
    ("security", ("other_measures",), "Our staff are trained in data protection."),
    ("security", ("other_measures",), "We are PCI DSS compliant."),
    ("security", "not_mentioned", "Our staff are trained to answer your questions."),
    # round 57 (read off the miss-finder's list for unlabelled orders 134-180): ages in words,
    # "aged 16 or under" with a parent's permission
    ("children", "not_directed_under", "We do not knowingly collect personal data from individuals under the age of thirteen."),
    (
        "children",
        "parental_consent",
        "If you are aged 15 or under, please ask your parent or guardian's permission before you send us anything.",
    ),
    # updates placed on the page, in a section about the policy's changes
    ("policy_changes", "posted_on_site", "## Changes to this notice\n\nAny updates will be made on this page."),
    ("policy_changes", "not_mentioned", "Updates are made on our website every day."),
    # data sent across international borders
    ("international_transfer", "yes", "We may transmit customer data across international borders to provide the service."),
    # others collecting about online activities over time and across sites; "this technology" pointing back
    (
        "third_party_tracking",
        "yes",
        "Advertising partners may collect information about your online activities over time and across other websites.",
    ),
    ("third_party_tracking", "not_mentioned", "We do not collect information about your online activities over time and across other websites."),
    (
        "third_party_tracking",
        "yes",
        "Our pages carry web beacons. Third parties such as online advertisers may also use this technology to measure their campaigns.",
    ),
    # round 58 (the miss-finder's wider list): messages "only when you have given us permission";
    # a subscription list is a mailing list; an analytics product named by brand placing cookies
    ("marketing_opt_out", "opt_in", "We may email you special offers, but only when you have given us permission to do so."),
    ("shares_for_marketing", "no", "We do not sell, rent, or lease our subscription lists to third parties."),
    ("sells_data", "unclear", "We do not sell, rent, or lease our subscription lists to third parties."),
    ("third_party_tracking", "yes", "Example Analytics places persistent cookies on your computer to count return visits."),
    ("third_party_tracking", "not_mentioned", "Our own analytics uses cookies to count visits."),
    # round 59 (from reading the bundled site's changed answers): the right to know what a policy
    # covers is transparency, not access; a feature that "does not provide your PII" is no promise
    (
        "access_and_deletion",
        "not_mentioned",
        "We provide this notice because you have the right to know what information we collect, how it is protected and used.",
    ),
    ("sells_data", "not_mentioned", "The information used for this feature does not provide your PII to third parties."),
    # staff limits and passwords are access controls
    ("security", ("access_controls",), "Only a very limited number of Example employees ever have access to your personal information."),
    # round 61: data handed over said as "make available" in a list's lead-in; its items are the occasions
    (
        "legal_disclosure",
        "broad",
        "Example Co will make your personal details available to other organisations only when:\n\n"
        "- you have asked us to do so;\n"
        "- we think that your conduct breaks our Terms of Service or puts the safety of our staff at risk.",
    ),
    # near miss: made available to the reader, with no occasion on which others get it
    ("legal_disclosure", "not_mentioned", "We make your order history available to you in your account."),
    # a numbered heading ("3. ...") is a heading, and a right said as a noun ("asking for correction of") is a right
    (
        "access_and_deletion",
        ("access", "correct"),
        "3. How You Can See or Fix Your Details\n\nYou can write to our office at any time asking for access to, or correction of, your personal data held by us.",
    ),
    ("access_and_deletion", ("access",), "We aim to answer every subject access request within one month."),
    ("access_and_deletion", ("correct",), "Once you have registered with us and sent in your details through one of our forms, and would like to change that information later, just email us."),
    # near misses: security measures around "accessing" data, and changes to the policy itself
    (
        "access_and_deletion",
        "not_mentioned",
        "We apply several security measures to keep your personal data safe whenever you enter, send or access your personal data.",
    ),
    ("access_and_deletion", "not_mentioned", "The company keeps the right to make changes to this policy whenever it likes."),
    # a subordinate clause that opens far back ends at its first comma: its negation governs neither
    # the main clause nor a list in it
    (
        "contact",
        ("email",),
        "If at any time you think that the members of our small team have not kept to the promises in this statement, please write to help@example.org.",
    ),
    # round 62: marketing that goes only to those who asked, said as "offers that you have requested",
    # "only if you've agreed", "users who have chosen to opt in", "if a visitor decides to opt in"
    ("marketing_opt_out", "opt_in", "The newsletters and offers that you have requested reach you by e-mail; each one has an unsubscribe link."),
    ("marketing_opt_out", "opt_in", "We will e-mail you news about our shop, but only if you've agreed to it. You can unsubscribe at any time."),
    ("marketing_opt_out", "opt_in", "Our newsletter goes only to members who have chosen to opt in when signing up. Every issue has an unsubscribe link."),
    ("marketing_opt_out", "opt_in", "If a visitor decides to opt in to our mailing list, the newsletter arrives monthly."),
    # near miss: choosing to sign up for a service is no consent to marketing
    ("marketing_opt_out", "not_mentioned", "If you choose to sign up for our mobile site, we send you a text message with a link to it."),
    # enrolled without being asked: the reader must opt out, whatever else is said about subscribing
    (
        "marketing_opt_out",
        "opt_out",
        "When you book a trip you are added to our e-mail list for special offers.\n\n"
        "If you subscribed to our newsletters, you will also get deals by e-mail.",
    ),
    # round 63: recipients named with a word between "selected" and who they are; refusing their
    # messages ("from us or these companies") is the way to stop the sharing
    (
        "shares_for_marketing",
        "opt_out",
        "We may share your contact details with carefully selected travel companies to keep you informed about their offers. "
        "If you do not want to receive promotional material from us or these travel companies, click here.",
    ),
    ("shares_for_marketing", "yes", "Your name may be shared with trusted retail companies to promote their products."),
    # round 64: notice promised without saying to whom, its channels e-mail or the service itself
    (
        "policy_changes",
        "direct_notice",
        "If we change this policy in ways that matter, we will provide prominent notice, such as by email or through the app.",
    ),
    # near miss: e-mail or the website, at the company's choice, is no promise to tell the reader directly
    (
        "policy_changes",
        "posted_on_site",
        "If we change this policy, we will tell you by email or by a notice on our home page.",
    ),
    (
        "sells_data",
        "no",
        "Except for the disclosures to our delivery and payment partners as they are set out in the sections above, the small shop does not otherwise sell, rent or license its customers' data.",
    ),
    # round 65 (from passages written from the spec alone): a sale of the business said with "or buy"
    ("business_transfer", "yes", "Should we buy or sell a business, your details may be given to the prospective seller or buyer."),
    # near miss: a company that buys and sells goods
    ("business_transfer", "not_mentioned", "We buy and sell used cameras and keep a record of every purchase."),
    # selling said in the passive, the data named first; near misses: products sold, one kind of data
    ("sells_data", "yes", "Subscriber names and addresses may be rented or sold to carefully chosen charities."),
    ("sells_data", "not_mentioned", "Members' products are sold to shoppers around the world through our marketplace."),
    # every form of "share" with contractors; hosting named with who does it
    ("service_providers", "yes", "Account details may be shared with our agents for the purposes set out above."),
    ("service_providers", "yes", "The forms you submit are stored by Nimbus Hosting on its servers in Frankfurt."),
    ("service_providers", "not_mentioned", "The photos you upload are hosted by the gallery service under your own account."),
    # an age limit with a negative subject; "without parental consent" is a consent process, unless
    # it describes deleting what came without it
    ("children", "not_directed_under", "Nobody under the age of 16 may register for an account."),
    ("children", "parental_consent", "We never knowingly collect personal data from a child under 13 without a parent's consent."),
    (
        "children",
        "parental_consent",
        "If you are under 16, we will ask for the agreement of the person with parental responsibility for you first.",
    ),
    ("children", "not_mentioned", "If we find out that we hold details of a child under 13 without parental consent, we will remove them."),
    # where the data is kept, then "and is not transferred" abroad: the place is where it stays
    ("international_transfer", "no", "Patient records are kept on servers in Norway and are never transferred abroad."),
    # "only" far from its condition is still opt-in; "or where the law permits" leaves other grounds
    ("marketing_opt_out", "opt_in", "We will only e-mail you our offers if you have told us that you want them."),
    ("marketing_opt_out", "opt_in", "We never send newsletters to people who have not signed up for them."),
    ("marketing_opt_out", "opt_in", "We do not send promotional e-mails except to members who have asked for them."),
    (
        "marketing_opt_out",
        "opt_out",
        "We send offers only where you have consented or where the law otherwise permits. Unsubscribe at any time.",
    ),
    # "have your name taken off" a list stops the messages; it deletes no data
    ("marketing_opt_out", "opt_out", "We post our brochure to past guests. To have your name taken off the mailing list, call us."),
    ("access_and_deletion", "not_mentioned", "To have your name removed from our brochure mailing list, call 0800 123 4567."),
    # "ask us to amend or erase it": deletion joined to another right
    ("access_and_deletion", ("correct", "delete"), "You can ask us to amend or erase the personal data we hold about you."),
    # a UK number given as the way to reach the company; a regulator's helpline is not the company's
    ("contact", ("phone",), "You can reach our data team on 0161 496 0000 with any privacy question."),
    ("contact", ("phone",), "With any privacy question, send a text message to 0161 496 0000."),
    ("contact", "not_mentioned", "The regulator runs a helpline, 0303 123 1113, for complaints about any company."),
    # data asked "about" in a survey is collected
    ("data_collected", ("demographic",), "Our yearly survey asks about your age group and your household income."),
    # "we ignore Do Not Track"; near miss: browsers that ignore it
    ("do_not_track", "not_honored", "Our websites ignore Do Not Track signals from browsers."),
    ("do_not_track", "not_mentioned", "Some browsers ignore do not track settings altogether."),
    # round 66: a refusal of sharing said as "if you would prefer us not to" or "unless you tell us otherwise"
    (
        "shares_for_marketing",
        "opt_out",
        "We may pass your address to carefully selected charities so that they can write to you with their appeals. "
        "If you would prefer us not to, write to the membership office.",
    ),
    (
        "shares_for_marketing",
        "opt_out",
        "Unless you tell us otherwise, we may share your details with selected partners who want to tell you about their products.",
    ),
    # near miss: "prefer us not to" about the company's own e-mails stops no sharing
    ("shares_for_marketing", "not_mentioned", "If you would prefer us not to send you our newsletter, click unsubscribe."),
    # consent far from the sharing verb, or said with "where"
    (
        "shares_for_marketing",
        "with_consent",
        "We will only share your data with other firms for their own marketing where you have expressly agreed to it.",
    ),
    (
        "shares_for_marketing",
        "with_consent",
        "If you opt in to the box marked partner offers when you register, we will share your e-mail address with those partners.",
    ),
    # deletion asked for as "to have your account deleted"; access as a summary of what is held
    ("access_and_deletion", ("delete",), "Uninstalling the app keeps your account. To have your account and its records permanently removed, e-mail the support team."),
    (
        "access_and_deletion",
        ("access",),
        "On written request, the society will furnish you with a summary of the personal information it maintains about you.",
    ),
    # near misses: a copy of the policy, tips in the help centre
    ("access_and_deletion", "not_mentioned", "We will provide you with a copy of this policy on request."),
    ("access_and_deletion", "not_mentioned", "You can see these tips in the help centre."),
    # other companies' software kits in an app; near miss: the company's own kit
    (
        "third_party_tracking",
        "yes",
        "Our game includes software development kits from Unity and Adjust, which gather information about how you play.",
    ),
    ("third_party_tracking", "not_mentioned", "Our app is built with our own SDK, which collects crash reports."),
    # round 67 (a second batch of passages, shaped like policy sections)
    # list-mailing refusals said of the readers, and "prefer us not to do this"
    (
        "shares_for_marketing",
        "opt_out",
        "The Courier may exchange the names and addresses of its readers with other publishers whose offers may be of "
        "interest. Readers who do not wish to receive such mailings may have their names removed by writing to us.",
    ),
    (
        "shares_for_marketing",
        "opt_out",
        "We may pass your name to other carefully selected firms so that they can send you offers that may interest you. "
        "If you would prefer us not to do this, tick the box on the form.",
    ),
    # consent before the sharing, in a list item under a sharing lead-in, or behind "only do so"
    (
        "shares_for_marketing",
        "with_consent",
        "Where you have agreed to it, we share your e-mail address with our partner brands so that they can send you their offers.",
    ),
    (
        "shares_for_marketing",
        "with_consent",
        "We may share your details with:\n\n- our couriers, to deliver your order;\n- selected partners whose offers may "
        "interest you, but only where you have given your consent.",
    ),
    (
        "shares_for_marketing",
        "with_consent",
        "We would like to pass your details to other companies so that they can tell you about their products. "
        "We will only do so if you have ticked the box to say you are happy to hear from them.",
    ),
    ("shares_for_marketing", "with_consent", "We may share your details with partners for their marketing, provided that you have given us your permission."),
    # selling said in the passive after an adverb, the customers named after the data; renting lists from others is no sale
    ("sells_data", "yes", "Names and addresses of our catalogue customers are occasionally rented to other mail-order firms."),
    ("sells_data", "yes", "We may sell or otherwise transfer the information we collect to third parties for their advertising."),
    ("sells_data", "not_mentioned", "We sometimes rent mailing lists from other companies to reach new customers."),
    # marketing: unticking a box, "tell us to stop", removal of "them" from the list, notifications switched off
    (
        "marketing_opt_out",
        "opt_out",
        "Your e-mail address will be used to send you our offers unless you untick the box on the order form.",
    ),
    (
        "marketing_opt_out",
        "opt_out",
        "Former members will keep receiving our newsletter unless they ask us to remove them from the mailing list.",
    ),
    ("marketing_opt_out", "opt_out", "We may e-mail you about offers we think you will like. You can tell us to stop at any time."),
    ("marketing_opt_out", "opt_out", "Promotional push notifications can be switched off at any time in the app's settings."),
    # policy changes: notice by e-mail to anyone named, a revised notice mailed, an e-mail promised in a list item
    ("policy_changes", "direct_notice", "If we make a material change, we will give account owners 30 days' notice by email."),
    ("policy_changes", "direct_notice", "If we change our privacy practices, we will mail you a revised privacy notice first."),
    (
        "policy_changes",
        "direct_notice",
        "If we change this policy, we will:\n\n- post the new version here; and\n- email registered users about any material change.",
    ),
    # near miss: a list item that asks the reader to e-mail
    ("policy_changes", "not_mentioned", "Email us:\n\n- to tell us about changes to your address"),
    # legal: "pass your details to the police where the law obliges us to"; "the prevention or detection of crime"
    ("legal_disclosure", "required_by_law", "We will only pass your details to the police where the law obliges us to."),
    (
        "legal_disclosure",
        "broad",
        "The college may share a student's data with the police where this is necessary for the prevention or detection of crime.",
    ),
    # children: "without the prior, verifiable consent of a parent" is a consent process; services "offered only to adults"
    (
        "children",
        "parental_consent",
        "We do not knowingly collect personal information from children under 13 without the prior, verifiable consent of a parent.",
    ),
    ("children", "not_directed_under", "Our online services are offered only to adults aged 18 and over."),
    # retention: periods in list items under a lead-in that keeps
    (
        "retention",
        "stated_period",
        "We keep the following records for the periods shown:\n\n- invoices: six years\n- support e-mails: 24 months",
    ),
    # international: "not outside the EEA unless adequate protection is in place" allows transfers
    (
        "international_transfer",
        "yes",
        "We do not transfer your data outside the EEA unless the country receiving it offers an adequate level of protection.",
    ),
    # contact: a regulator's address and helpline are not the company's
    (
        "contact",
        "not_mentioned",
        "You may complain to the Information Commissioner's Office, Wycliffe House, Water Lane, Wilmslow SK9 5AF, telephone 0303 123 1113.",
    ),
    # cookies refused in a browser, "them" after the browser
    (
        "cookies",
        "yes_can_refuse",
        "Our site uses cookies to remember your basket. If you would rather it did not, you can set your browser to stop accepting them.",
    ),
    # access and correction in list items under "you can:", and data "may be amended"
    ("access_and_deletion", ("access", "correct"), "In your account you can:\n\n- see your order history\n- change your delivery addresses"),
    ("access_and_deletion", ("correct",), "Your name and postal address may be amended at any time by writing to the membership office."),
    ("access_and_deletion", "not_mentioned", "We will:\n\n- update this policy from time to time"),
    # round 68 (a third batch of passages, excerpts in the house styles of different kinds of organisation)
    # consent said as "unless you have given us your permission", "unless you've told us we may", "with your express consent,"
    (
        "shares_for_marketing",
        "with_consent",
        "We will not share your information with other companies for their marketing unless you have given us your permission.",
    ),
    (
        "shares_for_marketing",
        "with_consent",
        "Your details won't be passed to other organisations for marketing unless you've told us we may.",
    ),
    (
        "shares_for_marketing",
        "with_consent",
        "With your express consent, the society may share your name with selected partners so they can tell you about their products.",
    ),
    # "unless you tell us not to", and readers "who prefer not to be included"
    (
        "shares_for_marketing",
        "opt_out",
        "We may share your address with trusted charities who wish to send you their appeals, unless you tell us not to.",
    ),
    (
        "shares_for_marketing",
        "opt_out",
        "The Herald makes its subscriber list available to other publishers whose offers may be of interest. "
        "Subscribers who prefer not to be included may call our circulation desk.",
    ),
    # near miss: a question passed to a team is no sharing
    ("shares_for_marketing", "not_mentioned", "Questions are passed to our support team."),
    # access asked for as a copy; deletion after another verb; correction by request or by "we will take steps to correct it"
    ("access_and_deletion", ("access",), "You can ask us for a copy of the data we hold about you."),
    ("access_and_deletion", ("delete",), "You may ask us to close your account and delete your information from our systems."),
    ("access_and_deletion", ("correct",), "You may request that those records be amended if you believe they are wrong."),
    ("access_and_deletion", ("correct",), "If any information we hold about you is out of date, let us know and we will take reasonable steps to correct it."),
    # marketing: "prefer that we not contact you", notifications turned off, "if you do not wish to be contacted"
    (
        "marketing_opt_out",
        "opt_out",
        "If you prefer that we not contact you with offers by mail or telephone, please call our customer line.",
    ),
    ("marketing_opt_out", "opt_out", "We may send push notifications about special offers. You can turn off push notifications in your device settings."),
    (
        "marketing_opt_out",
        "opt_out",
        "The alumni office will send you news and fundraising appeals. If you do not wish to be contacted, e-mail the office.",
    ),
    ("marketing_opt_out", "opt_in", "We will never send you marketing e-mails without your permission."),
    # near miss: service e-mails sent with permission asked elsewhere
    ("marketing_opt_out", "not_mentioned", "We never send order confirmations without your e-mail address."),
    # notice promised to "the account owner"
    (
        "policy_changes",
        "direct_notice",
        "If we make a material change to this policy, we will notify the account owner by e-mail before it takes effect.",
    ),
    # security: logged access and alarmed premises are measures; one-time passcodes control access
    ("security", ("other_measures",), "Every access to the records is logged and reviewed, and the building is alarmed."),
    ("security", ("access_controls",), "To protect your account, online banking asks for a one-time passcode sent to your phone when you sign in."),
    # children: "unless we have first obtained consent from a parent"
    (
        "children",
        "parental_consent",
        "We do not knowingly collect data from children under 13 unless we have first obtained consent from their parent.",
    ),
    # cookies: a consent banner that sets optional cookies only if the reader accepts them
    ("cookies", "yes_can_refuse", "We will only set analytics cookies if you accept them in our cookie banner."),
    # round 69 (a fourth batch of passages, policy sections of every era)
    # data kinds: nicknames, match history, CVs, medication, a passport seen or listed, payment records;
    # data "held", "kept" or "stored" is collected
    ("data_collected", ("account",), "To register you choose a nickname, and we keep it on file."),
    ("data_collected", ("usage",), "While you play, we record your match history and the modes you play."),
    ("data_collected", ("content",), "If you apply for a job, we collect your CV and cover letter."),
    ("data_collected", ("contact", "sensitive"), "The school holds each pupil's home address and notes on any medication or allergies."),
    ("data_collected", ("government_id",), "Before an offer is made, we ask to see your passport, and we keep a copy on file."),
    ("data_collected", ("contact", "financial"), "The only information we hold is the e-mail address you signed up with and a record of your payments."),
    # near misses: a name "as it appears on" a passport collects no passport; a product name
    ("data_collected", ("contact",), "We collect the name of each traveller as it appears on his or her passport."),
    # a DMCA notice's "authorised to act on its behalf" is no contractor
    ("service_providers", "not_mentioned", "Include the signature of the copyright owner or of a person authorized to act on its behalf."),
    # list mailings "made available to" others, readers who want their names withheld
    (
        "shares_for_marketing",
        "opt_out",
        "Subscriber names and addresses may be made available to third parties for promotional purposes. "
        "Subscribers who do not wish to receive such mailings should write to the circulation department.",
    ),
    # transfers denied with "offshore" or "none of it leaves the country"
    ("international_transfer", "no", "Your account data is held in Sydney and is never sent offshore."),
    ("international_transfer", "no", "We store your information within Canada, and none of it leaves the country."),
    # access and correction asked for by "subscribers"; the CCPA right to know as a request that the company disclose
    ("access_and_deletion", ("correct", "delete"), "Subscribers may modify or remove their information from our database at any time."),
    (
        "access_and_deletion",
        ("access",),
        "California residents may request that we disclose the categories and specific pieces of personal information we hold.",
    ),
    # legal: "never handed to the police unless we are compelled to by law"
    ("legal_disclosure", "required_by_law", "Your details are never handed to the police unless we are compelled to by law."),
    # marketing: a ticked box is the opt-in; "no newsletter ... unless you've asked"; "rather we did not do this"
    ("marketing_opt_out", "opt_in", "We will only send you marketing e-mails if you have ticked the box on the sign-up form."),
    ("marketing_opt_out", "opt_in", "No newsletter reaches your inbox unless you've asked for it."),
    (
        "marketing_opt_out",
        "opt_out",
        "We may e-mail you about other products. If you would rather we did not do this, call our customer line.",
    ),
    # round 70 (a fifth batch of passages on the weakest questions)
    # list exchanges with "other ... firms", the customers' names made available, refusals said several ways
    (
        "shares_for_marketing",
        "opt_out",
        "We occasionally make the names and postal addresses of our catalogue customers available to other reputable "
        "mail-order firms whose offers may interest you. If you would prefer that your name not be included, write to us.",
    ),
    (
        "shares_for_marketing",
        "opt_out",
        "The Clarion rents its subscriber list to other organisations whose offers may interest our readers. "
        "Subscribers who do not want their names included may call the circulation desk.",
    ),
    (
        "shares_for_marketing",
        "opt_out",
        "We may pass your details to other carefully selected companies so that they can contact you about offers "
        "that may interest you. If you do not want us to do this, write to the data protection officer.",
    ),
    # near miss: turning off location tracking stops no sharing for marketing
    (
        "shares_for_marketing",
        "not_mentioned",
        "Our partners may use your location to measure visits. If you no longer wish us to track it, you may turn it off on your device.",
    ),
    # the CCPA right to know; deletion from a settings menu, by the support team, or "upon your request"
    ("access_and_deletion", ("access",), "California residents have the right to know what personal information we collect and disclose."),
    ("access_and_deletion", ("delete",), "If you want to leave, tap Settings, then Delete account, and confirm."),
    ("access_and_deletion", ("delete",), "Send us an e-mail and our team will erase your account and all of its data."),
    ("access_and_deletion", ("delete",), "The shop will, upon your request, permanently erase the personal information it holds about you."),
    # near miss: a right to know how data is used
    ("access_and_deletion", "not_mentioned", "You have a right to know how we use your data."),
    # opt-in: a box ticked now, "neither ... unless you have requested it", "save where ... prior express consent"
    ("marketing_opt_out", "opt_in", "We will only send you marketing texts if you tick the box to say yes."),
    ("marketing_opt_out", "opt_in", "Neither we nor our affiliates will send you promotional e-mail unless you have requested it."),
    (
        "marketing_opt_out",
        "opt_in",
        "The Company shall not contact the Customer by e-mail for direct marketing save where the Customer has given prior express consent.",
    ),
    # round 71 (read off the second sample's tuning policies)
    # a no-disclosure promise whose only exceptions are the law and consent covers selling too
    ("sells_data", "no", "We will not disclose your personal information to any third party except where we are required to do so by law."),
    # "your e-mail address or other details": more than one kind of data
    ("sells_data", "no", "We never sell your e-mail address or other personal details to anyone."),
    # near miss: one kind only
    ("sells_data", "unclear", "We never sell your e-mail address."),
    # a sale in a passive list of verbs, and as handing data over for money
    ("sells_data", "yes", "Any information you give us may be stored, used, shared or sold by the company at its discretion."),
    ("sells_data", "yes", "We may provide customer information to other businesses in exchange for a fee."),
    # near miss: "for payment" as the purpose of a transfer to a bank is no sale
    ("sells_data", "not_mentioned", "Your card details are provided to our bank for payment confirmation."),
    # consent as one of the occasions of sharing; marketing partners as recipients
    ("shares_for_marketing", "with_consent", "We may also share your information with your permission."),
    ("shares_for_marketing", "with_consent", "We share information about you with other companies when you agree to it."),
    ("shares_for_marketing", "yes", "We may pass your personal details to our affiliates and marketing partners."),
    # the refusal in the passive, "they" pointing back at the cookies
    ("cookies", "yes_can_refuse", "If you do not want cookies stored on your tablet or computer, then they can be disabled in your web browser."),
    # near miss: the service deletes session cookies, the reader refuses nothing
    ("cookies", "yes", "We use cookies. Session cookies are deleted when you close your browser."),
    # not selling or providing anything to children under an age
    ("children", "not_directed_under", "The shop does not sell goods or offer services to anyone under 16."),
    # near miss: the CCPA's minors' sale formula is not the site's audience
    ("children", "unclear", "We do not sell the personal information of consumers under 16."),
    # disclosure on the company's own judgement, or to defend its legal rights
    ("legal_disclosure", "broad", "We may share information with the police whenever we consider it necessary."),
    ("legal_disclosure", "broad", "We may disclose data where we are required to do so by law and to defend our legal rights."),
    # the assets sold, the data in the next sentence
    (
        "business_transfer",
        "yes",
        "From time to time we may buy or sell various assets. In such cases, customer information may be passed to the other party.",
    ),
    ("retention", "as_long_as_needed", "We keep order records for a period of time appropriate to our business needs."),
    ("service_providers", "yes", "We share data only with companies acting as our agents to deliver your order."),
    # a right to delete coordinated with a right to correct; "it" as what is corrected; whether data is stored
    ("access_and_deletion", ("correct", "delete"), "Members have the right to change their details whenever needed or delete their profile at any time."),
    ("access_and_deletion", ("correct",), "You may update, change or deactivate it by contacting us."),
    (
        "access_and_deletion",
        ("access", "correct"),
        "Users have the right to know whether their personal data has been stored and to ask for it to be updated or corrected.",
    ),
    ("access_and_deletion", ("correct", "delete"), "If you want to have your details changed or removed from our files, write to us."),
    # other measures named without the word "measures"; a transmission at the reader's risk
    ("security", ("other_measures",), "We run anti-virus software on our servers."),
    ("security", ("other_measures",), "The agency monitors this site for security purposes."),
    ("security", ("other_measures",), "We close your session after 15 minutes of inactivity."),
    ("security", ("no_guarantee",), "We take care with your data, but any transmission over the internet is at your own risk."),
    # near miss: the site's use at your own risk says nothing about protecting data
    ("security", "not_mentioned", "Use of this site is at your own risk."),
    # round 72: an invitation to get in touch that names no way to do it is raised, not answered
    ("contact", "unclear", "Should you have questions about these practices, feel free to contact us."),
    # near miss: the way is given in the next sentence
    ("contact", ("email",), "If you have questions, please contact us. Our address is privacy@example.org."),
    # round 73 (read off the seventh round's tuning policies)
    # stopping the messages said as stopping their delivery, or as controlling whether you receive them
    ("marketing_opt_out", "opt_out", "You can stop the delivery of our promotional e-mail by following the instructions in each message."),
    ("marketing_opt_out", "opt_out", "We sometimes send news and promotional e-mails. These are marketing messages, so you can control whether you receive them."),
    # marketing sent as a stated use, no way to stop it found: raised, not answered
    ("marketing_opt_out", "unclear", "We use your details to notify you about special offers we think you will like."),
    ("marketing_opt_out", "unclear", "Your address may be used to send you promotional materials."),
    # near miss: what is sent is expressly not marketing
    ("marketing_opt_out", "not_mentioned", "We may send you information, other than marketing communications, about your orders."),
    # others tracking "across other websites"; retargeting by a service the data goes to
    (
        "third_party_tracking",
        "yes",
        "Our pages may include tracking technologies of third parties, which may collect information about you across other websites.",
    ),
    ("third_party_tracking", "yes", "Visit data is shared with an advertising service for retargeting."),
    # near miss: a denial
    ("third_party_tracking", "not_mentioned", "We do not use remarketing."),
    # near miss: the California formula says what operators must disclose, not what this one does
    (
        "third_party_tracking",
        "not_mentioned",
        "California law requires operators to disclose whether third parties may collect information across different sites.",
    ),    # round 74: an e-mail link whose words hide the address is still a way to reach the company
    ("contact", ("email",), "Questions about this notice? [Write to our privacy team](mailto:privacy@example.org)."),
    # near misses: a regulator's address is no way to reach the company; a link to a page of contact
    # details leaves the channel unstated, as the hand-checked gold reads it (a link offered as the way to
    # write in is a web form since round 90, below)
    ("contact", "not_mentioned", "You may complain to the Information Commissioner [by e-mail](mailto:casework@example.org)."),
    ("contact", "unclear", "If you have questions, please see our [Contact Information](https://example.org/contact) page."),
    # round 75 (read off the eighth round's tuning policies)
    # a no-disclosure promise whose one exception is the law, said "unless obliged to"
    ("sells_data", "no", "Our policy is never to disclose personal information to any third party unless obliged to do it by a court."),
    # near miss: contractors bound not to disclose is no promise of the company's own
    ("sells_data", "not_mentioned", "Our providers are required to keep your information confidential and may not disclose it to anyone."),
    # minors barred from the service, the age left to local law
    ("children", "not_directed_under", "Minors, as their local law defines them, are not eligible to register for or use our services."),
    # near miss: a contest rule is not the site's audience
    ("children", "not_mentioned", "Minors are not eligible to enter the contest."),
    # round 76 (read off the ninth round's tuning policies)
    # a sale of the business in a list of transaction nouns; its buyers as "persons who acquire all or part"
    (
        "business_transfer",
        "yes",
        "We may disclose your information in connection with the sale, assignment, or other transfer of the business of this site.",
    ),
    ("business_transfer", "yes", "We may disclose personal information to persons who acquire all or part of our business."),
    # deals listed as verbs, the data named in the next sentence
    (
        "business_transfer",
        "yes",
        "We may engage in transactions such as buying, selling or merging with other businesses. If so, personal"
        " information will likely be transferred as part of the transaction.",
    ),
    # near miss: buying and selling as the site's trade, no data said to go with a deal
    ("business_transfer", "not_mentioned", "Our members are buying, selling and trading with other companies every day."),
    # an item's lead-in is its own list's, not a nested list's that came before it
    (
        "business_transfer",
        "yes",
        "We may disclose personal information as reasonably required:\n\n* to contractors who support us in:\n\n"
        "    * billing\n\n    * market research\n\n* to persons who invest in or acquire all or part of our company",
    ),
    # withdrawing consent to a sharing: the sharing happens until the reader does
    (
        "shares_for_marketing",
        "opt_out",
        "We may share your personal information with co-promotional partners and others with whom we have marketing"
        " relationships. Write to us if you wish to withdraw your consent to sharing your personal information with others.",
    ),
    # Do Not Track followed only once a standard is released
    (
        "do_not_track",
        "not_honored",
        "We support the development of a standard do not track feature. Once a standardized do not track feature"
        " is released, we intend to adhere to the browser settings.",
    ),
    # near miss: signals honoured now
    ("do_not_track", "honored", "We honor Do Not Track signals sent by your browser."),
    # a postal route announced before the address ("via regular mail to:"); "P.O. Box" does not end a sentence
    ("contact", ("postal",), "Or via regular mail to:\n\nExample Inc.\n\n2425 North Central Expressway, Suite 323"),
    (
        "contact",
        ("postal",),
        "With questions, please write to The Privacy Officer, Example Group, P.O. Box 757, Springfield.",
    ),
    # truncating card numbers is a measure
    ("security", ("other_measures",), "To protect you, we truncate your credit card number to its last four digits on receipts."),
    # where EU users' data is processed
    (
        "international_transfer",
        "yes",
        "Users in the European Union consent to the collection and processing of such information in the United States.",
    ),
    # round 77 (read off the tenth round's tuning policies)
    # requests of authorities not said to bind the company; reporting to the police on its own; the old
    # formula of legal action against someone interfering with its rights or property
    (
        "legal_disclosure",
        "broad",
        "We may disclose the information when necessary to satisfy any applicable law, legal process or governmental request.",
    ),
    ("legal_disclosure", "broad", "We will advise law enforcement officials if our monitoring uncovers activity that may be criminal."),
    (
        "legal_disclosure",
        "broad",
        "We may disclose user information when needed to bring legal action against someone who may be causing"
        " injury to or interference with our rights or property.",
    ),
    # near miss: what the law requires only
    ("legal_disclosure", "required_by_law", "We disclose information when the law requires it."),
    # "does not control use of such cookies" denies nothing of the site's own
    ("cookies", "yes", "Linked sites may use cookies. We do not control use of such cookies."),
    # refusing said as halting their storage
    ("cookies", "yes_can_refuse", "We use cookies. Users can set their web browser to halt the storage of cookies."),
    # a phone number written "+ 41 ..." or as a local number
    ("contact", ("phone",), "How to contact us: by calling us: + 41 22 739 91 11"),
    ("contact", ("phone",), "With questions, contact our information office at 809-2155."),
    # near miss: a span of years is no number
    ("contact", "not_mentioned", "Contact details of the years 2012-2015 are archived."),
    # an analytics product named last in its sentence
    ("third_party_tracking", "yes", "The Web Site uses Google Analytics."),
    # near miss: the site's own analytics
    ("third_party_tracking", "not_mentioned", "We use our own analytics."),
    # no tracking technologies at all
    (
        "third_party_tracking",
        "no",
        'We do not use "cookies", "web-bugs" or any other tracking technologies to collect information from users.',
    ),
    # near miss: "not ... for any purpose other than" says they are used
    ("third_party_tracking", "not_mentioned", "We do not use web bugs for any purpose other than to measure site performance."),
    # near miss: others' tracking the company does not control
    (
        "third_party_tracking",
        "not_mentioned",
        "We do not have control over the use of cookies or other tracking technologies by linked sites.",
    ),
    # round 78 (read off the eleventh round's tuning policies)
    # what the law merely permits; authorities first, the company's sole discretion after
    (
        "legal_disclosure",
        "broad",
        "Where permitted or required by law, we may disclose your personal information without your consent.",
    ),
    (
        "legal_disclosure",
        "broad",
        "We may disclose information about you to law enforcement officials as we, in our sole discretion, believe necessary.",
    ),
    # near miss: the common retention sentence keeps data, it hands none over
    (
        "legal_disclosure",
        "not_mentioned",
        "We will retain your information as needed to provide you services, comply with our legal obligations,"
        " resolve disputes, and enforce our agreements.",
    ),
    # "etc." ends a sentence before a capital; an opt-in subscription with an unsubscribe link is opt-in
    (
        "marketing_opt_out",
        "opt_in",
        "If a user decides to opt-in to our mailing list, they will receive news, updates, offers, etc. If at any"
        " time the user would like to unsubscribe, we include unsubscribe instructions at the bottom of each email.",
    ),
    ("marketing_opt_out", "opt_in", "You may elect to receive e-mails from us about new products."),
    # stopping the messages said as being taken off the list
    (
        "marketing_opt_out",
        "opt_out",
        "We will provide directions in all emails and newsletters on how to be taken off our newsletter list.",
    ),
    # the signal's name "Do Not Track" denies nothing
    ("do_not_track", "honored", "We support the Do Not Track standard and honor DNT signals from your browser."),
    # near miss: a refusal is still read
    ("do_not_track", "not_honored", "We do not respond to Do Not Track signals."),
    # "no intention of collecting" from children under an age
    (
        "children",
        "not_directed_under",
        "We have no intention of collecting personal information from individuals under the age of 13.",
    ),
    # near miss: no intention about something else
    ("children", "not_mentioned", "We have no intention to sell products to anyone."),
    # round 80 (read off the whole tuning set's sharing-for-marketing misses)
    # a denial whose exceptions are listed; advertisers getting aggregate figures only; "not made available"
    (
        "shares_for_marketing",
        "no",
        "We do not share or sell any information collected on our sites with the exception of the following:",
    ),
    (
        "shares_for_marketing",
        "no",
        "We will not sell or release this information, nor will we share it in ways different from what is disclosed here.",
    ),
    ("shares_for_marketing", "no", "This information is shared with advertisers on an aggregate basis only."),
    ("shares_for_marketing", "no", "Any information which you provide in this way is not made available to any third parties."),
    # near misses: a sharing for others' offers wins over the weak denial; consent as the exception is no plain "no"
    (
        "shares_for_marketing",
        "yes",
        "We do not share your information except as follows: we share it with partners so they can send you their own offers.",
    ),
    (
        "shares_for_marketing",
        "not_mentioned",
        "Your information is not made available to any third parties without your consent.",
    ),
    # round 81 (read off the whole tuning set's cookie answers): refusing said as restricting, electing not to
    # allow, turning them off, a refusal done through the browser, "(if you allow)"
    ("cookies", "yes_can_refuse", "By adjusting your browser settings, you may elect not to allow cookies to be collected."),
    ("cookies", "yes_can_refuse", "You may restrict your internet browser's use of cookies."),
    ("cookies", "yes_can_refuse", "Cookies: to delete or decline cookies by changing your browser settings."),
    (
        "cookies",
        "yes_can_refuse",
        "Cookies are small files that a site transfers to your hard drive through your web browser (if you allow).",
    ),
    ("cookies", "yes_can_refuse", "Our site works without cookies, so if you turn them off, you may still browse and shop."),
    # near miss: what happens when cookies are disabled, the service needing them
    (
        "cookies",
        "yes",
        "Our store tracks your order with a cookie. If cookies are disabled in your browser, only one item can be ordered.",
    ),
    # round 82: trackers named by role ("our ad company", "the analytic vendors it selects"), cookies of third parties
    ("third_party_tracking", "yes", "Cookies received with banner ads are collected by our ad company for ad tracking."),
    ("third_party_tracking", "yes", "We or the analytic vendors we select may use this data to analyze site usage trends."),
    ("third_party_tracking", "yes", "This measurement uses cookies of third parties."),
    # near miss: the site's own cookies
    ("third_party_tracking", "not_mentioned", "This measurement uses our own cookies."),
    # round 83: "without notice, by posting revisions" still posts; the reader told to revisit the page;
    # changes announced on the page
    ("policy_changes", "posted_on_site", "We may change this statement at any time without notice by posting revisions to the site."),
    ("policy_changes", "posted_on_site", "This privacy policy may be revised from time to time. You may wish to revisit it regularly."),
    ("policy_changes", "posted_on_site", "We may change this policy. We recommend that you regularly visit this page."),
    ("policy_changes", "posted_on_site", "Modifications to this policy shall be announced through this page in advance."),
    # near misses: a change with no notice at all; the company reviewing its own measures
    ("policy_changes", "no_notice", "We may change this policy at any time without notice."),
    ("policy_changes", "not_mentioned", "We have implemented security policies and periodically review the same."),
    # round 84: the right to object to direct marketing said as a right, not an unsubscribe link
    ("marketing_opt_out", "opt_out", "Members are entitled to ask us not to use their details for marketing purposes."),
    ("marketing_opt_out", "opt_out", "You have the right to object at any time to processing of your data for direct marketing."),
    # near miss: direct marketing as the company's own legitimate interest, no right given
    ("marketing_opt_out", "not_mentioned", "We rely on legitimate interests such as preventing abuse or direct marketing to our members."),
    # an ad server named by its role; GIF beacons; others' cookies for measurement and ad targeting
    ("third_party_tracking", "yes", "Our ad management partner supplies the GIF images on these pages."),
    (
        "third_party_tracking",
        "yes",
        "Two large platforms place cookies on our pages and then use the information collected this way about your"
        " visits to our site to provide measurement services and target ads.",
    ),
    # contractors hired without the words "service provider"
    ("service_providers", "yes", "The club has hired the web hosting services of an outside firm in Ireland."),
    ("service_providers", "yes", "We have contracted with third parties to assist with order delivery and installation."),
    ("service_providers", "yes", "We pass limited member data to other businesses to: provide website hosting; fulfil orders."),
    ("service_providers", "yes", "Unaffiliated firms that assist Acme in providing services to you must keep it confidential."),
    # near miss: the company's own use of the data to fulfil orders hands nothing over
    ("service_providers", "not_mentioned", "We use the details you enter to fulfil orders and to answer questions."),
    # handing evidence of abuse or crime to the police on the company's own finding
    ("legal_disclosure", "broad", "Should our logs show evidence of possible misuse, staff may give them to the police."),
    ("legal_disclosure", "broad", "Records may be shared with the police if suspected criminal conduct is found."),
    # near miss: crime prevention named as an example of what the law compels
    (
        "legal_disclosure",
        "required_by_law",
        "We may release your data where we believe we are compelled to do so by law, in particular for the prevention"
        " or detection of crime.",
    ),
    # deleting "when we no longer need it"; residual copies after a deletion, with no time said
    ("retention", "as_long_as_needed", "We erase your records when we no longer need them for the reasons given above."),
    ("retention", "unclear", "Some residual data from closed accounts can stay on our backup media."),
    # near miss: contractors returning data when they no longer need it is not the company's retention
    ("retention", "not_mentioned", "Our vendors must send the data back to us when they no longer need it."),
    # round 85: consent as the only door for sharing, said with other possessives and subjects
    ("shares_for_marketing", "with_consent", "The club shall not share members' details with other companies without their previous consent."),
    (
        "shares_for_marketing",
        "with_consent",
        "We do not share customer records with partners for solicitations, unless the customer has previously"
        " given his or her consent.",
    ),
    ("shares_for_marketing", "with_consent", "We do not sell or disclose your details except as set out here or as otherwise consented to by you."),
    # near miss: contractors' own restraint is not the company's promise about its own sharing
    ("shares_for_marketing", "not_mentioned", "These vendors do not share any personal information except to provide our services."),
    # a blanket refusal of any guarantee
    ("security", ("no_guarantee",), "We give no guarantee that details sent to us over the internet will stay secure."),
    # "without limitation" is not a negation: the storage abroad stands
    ("international_transfer", "yes", "All records, including, without limitation, account data, are kept on servers located in the United States."),
    # transfers named as such; recipients based abroad
    ("international_transfer", "yes", "You agree to the cross-border transfer of the data you give us."),
    ("international_transfer", "yes", "Running an online service involves the transmission of data on a global basis."),
    ("international_transfer", "yes", "Some of our suppliers may be based overseas."),
    # near miss: a company based in one place says nothing of moving data
    ("international_transfer", "not_mentioned", "We are a small firm based in Leeds."),
    # minors told not to register or submit, membership limited to adults, a child's data deleted when found
    ("children", "not_directed_under", "If you are under 16, please do not register or send us any details."),
    ("children", "not_directed_under", "We ask that minors (people under 18) do not provide information to us."),
    ("children", "not_directed_under", "Membership is restricted to adults aged 18 and over."),
    ("children", "not_directed_under", "Should we learn that a member is younger than 13, we will remove the account and its data."),
    # near miss: the same request with a parent's consent is a consent rule
    ("children", "parental_consent", "If you are under 13, please do not register without your parent's permission."),
    # round 86: a contact page described as the way to write in is a web form; a section of the policy is not
    ("contact", ("web_form",), "Requests to see your records can be made through our contact us page."),
    ("contact", "not_mentioned", "Questions are answered in the Contact Us section at the end of this policy."),
    # what the public can see, and security measures limiting staff access, are no right of access
    (
        "access_and_deletion",
        "not_mentioned",
        "If you choose to disclose details on our message boards, that information can be viewed publicly and can be"
        " gathered by others.",
    ),
    (
        "access_and_deletion",
        "not_mentioned",
        "Such measures include data encryption, password protected access to users' personal information and limited"
        " access to the sensitive data.",
    ),
    # ads matched to interests are no collected demographic kind; demographic data said to be anonymous
    ("data_collected", ("contact",), "We ask for your email address. We tailor the site to your interests."),
    (
        "data_collected",
        ("contact",),
        "We ask for your email address. We also gather anonymous demographic information, such as an age range.",
    ),
    # near miss: interests the reader states are demographic data
    ("data_collected", ("contact", "demographic"), "We ask for your email address and your personal interests."),
    # round 87: legal boilerplate ("hold harmless", "forever discharge") keeps no data
    (
        "retention",
        "not_mentioned",
        "You agree to hold the club harmless and forever discharge it from any claims arising from your use of the site.",
    ),
    # a stop to mailings within a time is no retention period; another organisation's keeping is not the company's
    (
        "retention",
        "not_mentioned",
        "If a partner keeps mailing you more than ten (10) days after your removal from receiving its offers, tell us.",
    ),
    ("retention", "not_mentioned", "The bureau may retain the report and disclose it to others it serves."),
    # others hired to process data "for us"
    ("service_providers", "yes", "Trusted businesses may process your data for us, following our instructions."),
    # a web analytics product named by what it is; no ads from other companies
    ("third_party_tracking", "yes", "This shop runs an outside web analytics service to study visits."),
    ("third_party_tracking", "no", "The site contains no banner ads from other companies."),
    # near miss: a site's own analytics
    ("third_party_tracking", "not_mentioned", "We use our own web analytics software hosted on our servers."),
    # round 88: a newsletter subscription described is no promise that marketing needs consent; an
    # unsubscribe route elsewhere answers the question
    (
        "marketing_opt_out",
        "opt_out",
        "If you sign up for our newsletter, we will send it to the address you give. Customers also receive our"
        " promotional e-mails; use the unsubscribe link in any of them to stop.",
    ),
    # near miss: the word "opt in" itself still promises consent first
    (
        "marketing_opt_out",
        "opt_in",
        "If you opt in to our mailing list, you will receive our offers. Each e-mail has an unsubscribe link.",
    ),
    # a refusal to share "for their promotional purposes" is no general promise not to sell
    ("sells_data", "unclear", "We do not rent or trade your details with other firms for their promotional purposes."),
    # round 89: what the company reserves for itself, a friend's request, what a site reviews and discards,
    # and a waived right are no rights of the reader
    ("access_and_deletion", "not_mentioned", "We reserve the right to remove any posted material for any reason."),
    ("access_and_deletion", "not_mentioned", "Your friend may write to us to request the removal of the details you sent."),
    ("access_and_deletion", "not_mentioned", "Ideas you send us may be reviewed and discarded."),
    ("access_and_deletion", "not_mentioned", "You waive any right to inspect your submission before it is published."),
    # correction said as the company's undertaking, a change notified, an access or correction request
    ("access_and_deletion", ("correct",), "If you tell us, we will promptly correct any details found to be wrong."),
    ("access_and_deletion", ("correct",), "Please notify us of any changes to your details."),
    ("access_and_deletion", ("access", "correct"), "Use the form for access/correction requests about your data."),
    # round 90: a link to the contact page, offered as the way to write in, is a web form
    ("contact", ("web_form",), "If you have questions about this policy, please [contact us](https://example.org/contact)."),
    ("contact", ("web_form",), "Send us your questions [here](https://example.org/contact-us)."),
    # near misses: a page of contact details; an address written out as the link; an outside body's page
    ("contact", "unclear", "Our addresses are on our [Contact Information](https://example.org/contact) page."),
    ("contact", "not_mentioned", "Questions? Visit [https://example.org/contact](https://example.org/contact) for our hours."),
    ("contact", "not_mentioned", "If your complaint is unresolved, the independent mediator can help [here](https://example.net/contact)."),
    # round 91: a denial "except as described" defers to the exceptions found, as the weak reading does
    (
        "shares_for_marketing",
        "yes",
        "We will not disclose your personal information to third parties, except as provided in this policy. We may"
        " share your details with our partners so that they can send you offers about their products.",
    ),
    # a policy "updated without prior notice" is no promise to post changes, whatever the reader is told
    (
        "policy_changes",
        "no_notice",
        "This statement may be updated from time to time without prior notice, so please check back periodically.",
    ),
    # changes to the site, or attempts to change its content, are no changes to the policy
    ("policy_changes", "not_mentioned", "Unauthorized attempts to change information on this site are prohibited."),
    ("policy_changes", "not_mentioned", "We may e-mail customers about updates to our web site."),
    # round 92: a sale of the business said as a buyer purchasing the assets, a transfer of part of the
    # business, or a sale of one line of business
    ("business_transfer", "yes", "We may pass your information to a buyer that purchases all or substantially all of our assets."),
    ("business_transfer", "yes", "Details may be shared in a proceeding involving the transfer of all or part of our business."),
    ("business_transfer", "yes", "We may share NPI with parties to a proposed sale of our travel business."),
    # near miss: a house sold by the reader is no sale of the company
    ("business_transfer", "not_mentioned", "By law we must tell potential buyers certain facts you give us about your property."),
    # beyond the law: helping investigations, enforcing the terms "or applying" them, keeping systems
    # whole, protecting a person from harm
    ("legal_disclosure", "broad", "Server logs may be given to authorities to assist in criminal or abuse investigations."),
    ("legal_disclosure", "broad", "We may disclose data to comply with the law or to enforce or apply our site terms."),
    ("legal_disclosure", "broad", "We may disclose data to comply with legal process or to ensure the integrity of our systems."),
    ("legal_disclosure", "broad", "We disclose data when the law requires it or to protect a person from harm."),
    # near miss: cooperation the law compels
    (
        "legal_disclosure",
        "required_by_law",
        "We may be legally required to give access to our records to cooperate with police investigations.",
    ),
    # round 93: what the reader does on the site, said as pages requested, use of the site, links clicked
    ("data_collected", ("device", "usage"), "We record your IP address and the pages you have requested."),
    ("data_collected", ("contact", "usage"), "We collect your name and information about your use of our website."),
    ("data_collected", ("contact", "usage"), "We keep your e-mail address, and our click tracking records the links you click."),
    # round 94: a no-sale promise over the e-mail address "or any other details" covers personal data generally
    ("sells_data", "no", "We do not rent or sell your e-mail address or any other details to anyone."),
    # a general refusal to disclose "individually identifying information" without consent covers selling it
    (
        "sells_data",
        "no",
        "We will not, without your consent, disclose to third parties any individually identifying information you give us.",
    ),
    # near miss: the buying and selling of goods is no sale of data
    (
        "sells_data",
        "not_mentioned",
        "As part of the buying and selling process, we collect the personal information you give us, such as your name.",
    ),
    # round 95: a refusal to disclose "outside this company"; a denial "except for the limited purposes described"
    (
        "shares_for_marketing",
        "no",
        "We do not sell, transfer or otherwise disclose your personal details outside this company, except where the law"
        " requires it.",
    ),
    (
        "shares_for_marketing",
        "no",
        "We will not give third parties information about users except for the limited purposes described below.",
    ),
    # round 97: deletion said as cancellation among the access rights, as disposal or destruction on
    # request, as removal "from our databases"
    ("access_and_deletion", ("access", "correct", "delete"), "You may exercise your rights of access, rectification, cancellation and opposition."),
    ("access_and_deletion", ("delete",), "You may request at any time that we dispose of any personal information about you."),
    ("access_and_deletion", ("delete",), "Write to us and we will remove you (and your personal information) from our databases."),
    # near miss: the company's own disposal is retention, not a right of the reader
    ("access_and_deletion", "not_mentioned", "We may dispose of information at our discretion without notice."),
    # round 98: "safeguards" as a verb names no measure; staff training and a written manual of procedures do
    ("security", "not_mentioned", "Our club respects and safeguards the privacy of every visitor to our website."),
    ("security", ("other_measures",), "Our data protection includes staff training sessions on personal data privacy."),
    (
        "security",
        ("other_measures",),
        "A data protection operations manual sets out the procedures and standards for protecting personal data.",
    ),
    # near miss: safeguards as a noun are a measure
    ("security", ("other_measures",), "We maintain physical and electronic safeguards to protect your data."),
    # round 99: the reader's own access (a profile the public sees, an account one can open) and data
    # "used for authentication" name no access control; others' duty not to disclose is no promise of ours
    ("security", "not_mentioned", "Visitors will have limited access to the profile pages that members publish."),
    ("security", "not_mentioned", "If you made a password-protected account, you can access it to look over your details."),
    ("security", "not_mentioned", "This information is used for billing, identification, authorization and authentication."),
    # near miss: limiting who sees the reader's data is an access control
    ("security", ("access_controls",), "We limit access to your personal information to staff who need it for their work."),
    (
        "sells_data",
        "not_mentioned",
        "Our vendors see your details only to carry out work for us and are obligated not to disclose them to anyone else.",
    ),
    (
        "sells_data",
        "not_mentioned",
        "We do not authorize these contractors to reveal or disclose your personal data beyond the work we ask of them.",
    ),
    # near miss: the company's own refusal to disclose
    ("sells_data", "no", "We will not disclose your personal information to third parties."),
    # round 100: opting out of "non-administrative" mail; an address removed from mailings; readers "that do
    # not wish to receive"; a denial's reach ends where "and will always" starts a promise; advertisers who
    # "wish to reach you" get the data for their own mailings
    ("marketing_opt_out", "opt_out", "You may opt out of our non-administrative e-mails, such as weekly digests, at any time."),
    ("marketing_opt_out", "opt_out", "We will always give you a simple way to remove your email address from any bulk mailings we send."),
    ("marketing_opt_out", "opt_out", "Subscribers that do not wish to receive these newsletters can say so on the sign-up form."),
    (
        "marketing_opt_out",
        "opt_out",
        "We have no plan to rent your details and will always let you unsubscribe from our newsletters.",
    ),
    # near miss: mail that cannot be refused is no marketing opt-out
    ("marketing_opt_out", "not_mentioned", "You cannot opt out of administrative e-mails about your account."),
    (
        "shares_for_marketing",
        "yes",
        "We sometimes give our readers' postal addresses to chosen advertisers who wish to reach you by post.",
    ),
    # round 101: trackers named as the businesses that advertise on the site, cookies "set by third parties"
    # said in the passive; the reader's data used in court against misuse of the service
    ("third_party_tracking", "yes", "Businesses that advertise on our pages may also install cookies on your computer."),
    (
        "third_party_tracking",
        "yes",
        "Some cookies are placed by us when you browse, and others can be set by third parties on our pages and elsewhere.",
    ),
    # near miss: the site's own cookies
    ("third_party_tracking", "not_mentioned", "Cookies are set by our own servers only."),
    (
        "legal_disclosure",
        "broad",
        "Your personal data may be used by the site owner in court or in steps toward legal action arising from misuse"
        " of the service.",
    ),
    # near miss: the reader's own right to sue names no disclosure
    ("legal_disclosure", "not_mentioned", "You may take legal action against us in court if we breach this policy."),
    # round 102: billing and card-processing companies, "services providers"; a cookie stored by the reader's
    # browser, links to partners' sites and companies sending their own offers are no work done for the company
    ("service_providers", "yes", "Third-party billing companies process your payment for us."),
    (
        "service_providers",
        "yes",
        "Our support services providers, such as web analytics services, may record details of your visit.",
    ),
    ("service_providers", "not_mentioned", "A cookie is a small data file that is stored by your web browser on your computer."),
    (
        "service_providers",
        "not_mentioned",
        "You may find links to the sites and services of our partners, suppliers and sponsors on our pages.",
    ),
    (
        "service_providers",
        "not_mentioned",
        "We may also select other companies to send you information about their own products and services.",
    ),
    # near miss: contractors doing the company's work
    ("service_providers", "yes", "We use outside contractors to process your orders."),
    # round 103: notice of changes given "here", by a notice placed on or made available at the site, or by means
    # of the company's choosing, is no direct notice; mail about other events is no notice of changes
    ("policy_changes", "posted_on_site", "If we make material changes to this policy, we will notify you here that it has been updated."),
    (
        "policy_changes",
        "posted_on_site",
        "We will notify you about any material change in how we handle personal information by placing a notice on our"
        " website.",
    ),
    (
        "policy_changes",
        "posted_on_site",
        "Before any change to this notice takes effect, we will give you notice, which will be available at our privacy"
        " page.",
    ),
    (
        "policy_changes",
        "not_mentioned",
        "We will let you know about changes in the Service, by e-mailing you, or by any other means we choose.",
    ),
    (
        "policy_changes",
        "not_mentioned",
        "The site will notify users by email when other users comment on their posts or when changes are made to their"
        " account.",
    ),
    # near miss: a promise to e-mail
    ("policy_changes", "direct_notice", "If we change this policy, we will notify you by email before the change takes effect."),
    # round 104: a parent's request to delete a child's data is no right of the reader over their own; an
    # update to the policy, or a change in how the company uses data, corrects nothing
    ("access_and_deletion", "not_mentioned", "A parent of a child under 13 may ask us to delete the child's information at any time."),
    (
        "access_and_deletion",
        "not_mentioned",
        "Should you object when we update our Privacy Policy, you may stop using the site and the information we hold.",
    ),
    (
        "access_and_deletion",
        "not_mentioned",
        "If we make changes in the way we use information, we will tell you by posting a notice on this page.",
    ),
    # near miss: the reader's own deletion right
    ("access_and_deletion", ("delete",), "You may ask us to delete your account and the information linked to it."),
    # round 105: messages the reader "agreed to receive", or gets "only if you chose to receive" them
    (
        "marketing_opt_out",
        "opt_in",
        "We use your email address to send users information they agreed to receive about topics we think may interest"
        " them.",
    ),
    (
        "marketing_opt_out",
        "opt_in",
        "You will receive our offers and newsletters only if you chose to receive them when you opened your account.",
    ),
    # near miss: sent to everyone, with a way out
    ("marketing_opt_out", "opt_out", "We send users information about our products, and users can unsubscribe at any time."),
    # round 106: a paragraph typed as lines is read line by line where a line ends a sentence or opens an
    # item: a cookie line above no longer hides the security statement under it
    (
        "security",
        ("no_guarantee",),
        "Other companies may set their own cookies on your computer.  \n**b.** Security  \nWe cannot guarantee the"
        " security of any information you send us.",
    ),
    (
        "marketing_opt_out",
        "opt_out",
        "You may choose:\n\n1.Not to give us your details  \n2.To stop our newsletters by opting out in your profile"
        " settings  \n3.To refuse cookies in your browser",
    ),
    # "request that we correct" an error, as an item of the reader's rights
    (
        "access_and_deletion",
        ("access", "correct"),
        "You have these rights over the information you give us:\n\n• To review the information you gave us  \n• To"
        " request that we correct any errors in it",
    ),
    # round 107: data shared with an overseas company, exchanged across borders, registered in a database in
    # another country
    ("international_transfer", "yes", "We may need to share your address with an overseas company that can fill your order."),
    ("international_transfer", "yes", "You allow us to exchange your information across borders with banks and agencies."),
    (
        "international_transfer",
        "yes",
        "What you submit on our European sites will be registered in our central database in the USA.",
    ),
    # near miss: sharing with no place named
    ("international_transfer", "not_mentioned", "We share your information with our partners to process your order."),
    # round 108: a sale of the business said other ways: a change "(or prospective change) in the ownership",
    # a "transfer of control", selling "the whole or a substantial part" of it, a service "sold to another
    # company" as an item under the sharing lead-in
    (
        "business_transfer",
        "yes",
        "If there is a change (or planned change) in the ownership of our company, we may disclose your details to them.",
    ),
    ("business_transfer", "yes", "We may pass your data to any firm to whom we sell the whole or a substantial part of our business."),
    ("business_transfer", "yes", "We may disclose any information we hold, including in the event of a transfer of control of our company."),
    (
        "business_transfer",
        "yes",
        "We may disclose your personal information:\n\n- to our service providers;\n- if one of our services is sold to"
        " another company.",
    ),
    # near miss: goods sold are no sale of the business
    ("business_transfer", "not_mentioned", "The products you buy from us are sold by independent makers."),
    # round 109: messages conditioned on the reader's consent are opt-in, however they are stopped later
    (
        "marketing_opt_out",
        "opt_in",
        "If you have agreed to receive our newsletter, we will send it to the address you gave us. You can"
        " unsubscribe at any time.",
    ),
    (
        "marketing_opt_out",
        "opt_in",
        "Offers by e-mail: with your consent, we may send you news about our shop. You may opt out of these e-mails"
        " whenever you like.",
    ),
    ("marketing_opt_out", "opt_in", "When you register we will ask for your permission to send you special offers."),
    # near misses: consent for texts only, or only where a law demands it; e-mails stopped by unsubscribing
    (
        "marketing_opt_out",
        "opt_out",
        "We send text messages only if you consent to receive them. Every marketing e-mail has an unsubscribe link.",
    ),
    (
        "marketing_opt_out",
        "opt_out",
        "If required by local law, we will obtain your consent before sending you promotional e-mails. You can"
        " unsubscribe from them at any time.",
    ),
    # round 110: a refusal to share without consent, the consent said other ways
    (
        "shares_for_marketing",
        "with_consent",
        "We will not share or rent a member's personal information with anyone outside our company without such"
        " member's prior permission.",
    ),
    (
        "shares_for_marketing",
        "with_consent",
        "We do not disclose personal data to unaffiliated third parties except where customer consent has been obtained.",
    ),
    (
        "shares_for_marketing",
        "with_consent",
        "We shall not provide personal information to a third party without obtaining the prior consent of our customers.",
    ),
    # near miss: nothing is refused, consent or not
    ("shares_for_marketing", "not_mentioned", "Our customers give their consent when they register for an account."),
    # near miss: consent the reader need not give, because nothing is shared
    (
        "shares_for_marketing",
        "no",
        "Members may consent to our use of their information without having to consent to its disclosure"
        " to third parties, as we do not share members' information with third parties.",
    ),
    # round 111: a period for backups, billing records or an example does not outrank the general rule
    (
        "retention",
        "as_long_as_needed",
        "We keep your information for as long as your account is open. Copies of deleted profiles may remain on"
        " backup media for up to 90 days.",
    ),
    (
        "retention",
        "as_long_as_needed",
        "Messages are retained for as long as you use the service. Messages sent through our chat system may be"
        " retained for a longer period of up to 6 months.",
    ),
    # near misses: the backup period alone still answers; a general period kept for tax reasons is a period
    ("retention", "stated_period", "Backups of our databases are kept for 30 days and are then overwritten."),
    (
        "retention",
        "stated_period",
        "Customer records are kept for seven years after your last order, as required for tax purposes.",
    ),
    # round 112: correction and access said other ways
    ("access_and_deletion", "correct", "We will promptly correct any information found to be incorrect."),
    (
        "access_and_deletion",
        ("access", "correct"),
        "You have the right in some cases to (1) access your personal information; (2) to correct information.",
    ),
    ("access_and_deletion", ("access", "correct"), "Once you sign up, you will be able to review and change most of your PII."),
    ("access_and_deletion", "correct", "Visitors who wish to access or change the details they gave us should write to us."),
    ("access_and_deletion", ("access", "correct"), "You may exercise your right of access, modification and opposition."),
    ("access_and_deletion", "correct", "You may call us to manage your account and make appropriate changes."),
    ("access_and_deletion", "access", "You may request details of personal information which we hold about you."),
    (
        "access_and_deletion",
        "access",
        "Upon request, an individual will be told of the use of his or her personal information and will be given"
        " access to that information.",
    ),
    # near miss: contractors given access are no right of the reader's
    (
        "access_and_deletion",
        "not_mentioned",
        "We use consultants, who may, in the course of their work for us, be given access to the information you"
        " have provided.",
    ),
    # round 113: access limits said other ways
    ("security", "access_controls", "All information gathered on the site is stored in a database accessible only to us."),
    ("security", "access_controls", "Your data is stored in databases to which only we and our hosts are provided access."),
    ("security", "access_controls", "We allow access to personal information only to persons who need it for the purposes above."),
    (
        "security",
        ("encryption", "access_controls", "other_measures"),
        "We use several mechanisms (encryption, passwords, physical security) to protect your information.",
    ),
    ("security", ("access_controls", "other_measures"), "Orders are kept behind a firewall and network access restrictions."),
    ("security", "access_controls", "We have implemented security clearance levels for our accounting staff."),
    (
        "security",
        "access_controls",
        "We give access to identifiable information only to those employees who require it to answer your requests.",
    ),
    # near miss: a password the reader chooses is no control the company keeps
    ("security", "not_mentioned", "Choose passwords that are hard to guess and keep them to yourself."),
    # round 114: others' tracking said through the ads, remarketing cookies, or "we and our partners"
    ("third_party_tracking", "yes", "Promotions or advertisements displayed on our site may contain cookies."),
    ("third_party_tracking", "yes", "You can opt out of the use of remarketing cookies on the ads settings page."),
    ("third_party_tracking", "yes", "We and our partners use various technologies to collect information when you visit our site."),
    # near miss: sites reached through a link or a banner use their own cookies there
    (
        "third_party_tracking",
        "not_mentioned",
        "Sites you reach through links or banner ads on our site may also use cookies, for which we are not responsible.",
    ),
    # round 115: contractors named by the work: delivery of e-mail, credit checks, completing the order
    ("service_providers", "yes", "We never share your address, except with our email delivery provider."),
    ("service_providers", "yes", "Your details may be disclosed to a registered credit reference agency to check your card."),
    (
        "service_providers",
        "yes",
        "This information may be disclosed to third parties involved in the completion of your transaction.",
    ),
    # near miss: an agency's own files searched is no work done with the reader's data for the company
    ("service_providers", "not_mentioned", "We check new accounts against public lists of stolen cards."),
    # round 116: the new version put on the site, said other ways; come back and check
    ("policy_changes", "posted_on_site", "We may change our privacy policy from time to time. New policies will be published on our web sites."),
    (
        "policy_changes",
        "posted_on_site",
        "We may change this statement without advance notice. Should any new policy go into effect, we will post it here.",
    ),
    ("policy_changes", "posted_on_site", "We may change this privacy policy from time to time and you should check these regularly."),
    (
        "policy_changes",
        "posted_on_site",
        "We may revise this policy from time to time. You are responsible for checking this policy when you visit our site.",
    ),
    (
        "policy_changes",
        "posted_on_site",
        "If we make significant changes to the way we use your data, we will make this clear on our main website.",
    ),
    # near miss: the right to change, and nothing more
    ("policy_changes", "no_notice", "We may change this privacy policy at any time without notice."),
    # round 117: refusing cookies said other ways
    ("cookies", "yes_can_refuse", "You can choose whether to accept cookies by changing the settings on your browser."),
    ("cookies", "yes_can_refuse", "You may set your browser so that it does not accept cookies."),
    ("cookies", "yes_can_refuse", "We use cookies. Please note that blocking cookies may prevent you from using some features."),
    ("cookies", "yes_can_refuse", "Cookies are placed on a computer only if the browser setting allows cookies."),
    ("cookies", "yes_can_refuse", "It is not necessary to accept a cookie to browse the site."),
    ("cookies", "yes_can_refuse", "Cookies are small files sent to your computer - if you allow - that let us recognise you."),
    # near miss: cookies needed, no choice said
    ("cookies", "yes", "You must accept cookies to use the shop."),
    # round 118: more than the law requires, said other ways
    (
        "legal_disclosure",
        "broad",
        "We will disclose your information where required by law or to protect the security or integrity of our Service.",
    ),
    ("legal_disclosure", "broad", "We may provide information in response to properly made requests for the prevention of crime."),
    ("legal_disclosure", "broad", "We pass personal data to competent authorities at the request of the authorities."),
    ("legal_disclosure", "broad", "Your information is not disclosed to any outside party except where authorized and or required by law."),
    # near miss: the site's security is a use of the data, not a disclosure
    (
        "legal_disclosure",
        "not_mentioned",
        "We may use the information you provide to protect the security or integrity of our website.",
    ),
    # round 119: aggregates for partners beside a promise not to sell or rent the personal data
    (
        "shares_for_marketing",
        "no",
        "We do not sell, trade, or rent your personal information to others. We may share generic aggregated"
        " demographic information not linked to any personal information with our business partners and advertisers.",
    ),
    # near miss: aggregates alone say nothing of the reader's own data
    (
        "shares_for_marketing",
        "not_mentioned",
        "We may share aggregated, de-identified statistics with advertisers, such as how many readers clicked an ad.",
    ),
    # round 120: the comma of a company's name does not end an "if" clause
    (
        "contact",
        "email",
        "If you believe that Acme Widgets, Inc. has not kept to this statement, please contact us at help@example.com.",
    ),
    # near miss: the same sentence still negates what it denies
    ("sells_data", "no", "Acme Widgets, Inc. does not sell your personal information."),
    # round 121: the periods of "U.S." and "e.g." do not cut a sentence's reading short
    (
        "international_transfer",
        "yes",
        "We may process and retain your personal information on our servers in the U.S. and elsewhere in the world.",
    ),
    # near miss: the company's own access to information is no right of the reader's
    (
        "access_and_deletion",
        "not_mentioned",
        "We get information from networks for which you have approved our access to information (e.g., your profile).",
    ),
    # round 122: "not without obtaining parental consent" is a consent rule, not a refusal
    (
        "children",
        "parental_consent",
        "We do not knowingly collect personal information from children under 13 without obtaining parental consent.",
    ),
    (
        "children",
        "parental_consent",
        "We will never knowingly request personal information from anyone under 13 without requesting parental consent.",
    ),
    # near miss: a plain refusal
    ("children", "not_directed_under", "We do not knowingly collect personal information from children under 13."),
    # round 123: consent that an opt-out can give, a child's consent, consent said other ways, and
    # refusals that are not the company's promise
    (
        "shares_for_marketing",
        "opt_out",
        "We won't pass your details to other firms for their marketing unless you agreed through an opt-in or opt-out choice on the sign-up form.",
    ),
    (
        "shares_for_marketing",
        "opt_out",
        "If you accept (or do not decline) an offer, we will pass your details to the sponsor behind it.",
    ),
    ("shares_for_marketing", "not_mentioned", "We never share a child's information with third parties without a parent's consent."),
    (
        "shares_for_marketing",
        "with_consent",
        "We do not rent our subscriber list to other companies for marketing without your explicit, affirmative consent.",
    ),
    (
        "shares_for_marketing",
        "with_consent",
        "We will not disclose your personal details to any outside party without having received your permission.",
    ),
    ("shares_for_marketing", "not_mentioned", "Members must keep their login private and must not give it to others."),
    (
        "shares_for_marketing",
        "not_mentioned",
        "We cannot give any guarantee that the information you send us will be safe from third parties.",
    ),
    # near misses: consent with no opt-out beside it, and a promise the reader is told about
    ("shares_for_marketing", "with_consent", "We will not share your information with third parties for marketing without your consent."),
    ("shares_for_marketing", "no", "You should know that we do not provide information about our customers to anyone."),
    # round 124: advertisers as the recipients; a list kept to those who opted in; opt-ins that are not
    # for the company's own messages; objecting said as opposing; mailers are messages
    ("shares_for_marketing", "yes", "Your details may be passed to our advertising partners."),
    ("shares_for_marketing", "not_mentioned", "We may share anonymised statistics with our advertising partners."),
    ("marketing_opt_out", "opt_in", "We restrict our e-mail offers to subscribers who have “opted in”."),
    ("marketing_opt_out", "not_mentioned", "We may ask you to opt in to this policy again when it has updates."),
    ("marketing_opt_out", "not_mentioned", "You can choose to opt in to third-party offers when you register."),
    ("marketing_opt_out", "opt_out", "You may oppose the use of your data for direct marketing at any time."),
    ("marketing_opt_out", "opt_out", "Every mailer we post includes a link to opt out of future mailers."),
    # round 125: the reader's own duty and what the company cannot control are no promise about selling;
    # notice given through the website, notice made available at an address, dates and "check periodically"
    ("sells_data", "not_mentioned", "Your login details are personal to you and should never be shared with anyone else."),
    ("sells_data", "not_mentioned", "We cannot control what others do with personal information that you disclose in public areas."),
    (
        "sells_data",
        "not_mentioned",
        "Some countries may not provide the same level of protection for personal data, and we may not give"
        " your information to partners there without safeguards.",
    ),
    ("policy_changes", "posted_on_site", "We will give notice of any changes through our website two weeks before they apply."),
    (
        "policy_changes",
        "posted_on_site",
        "Before changes to this policy, we will give you notice, which shall be available at our privacy page.",
    ),
    ("policy_changes", "posted_on_site", "We suggest that you check periodically for a newer version of this policy."),
    ("policy_changes", "posted_on_site", "Each time we revise it, we will change the \u201cLast updated\u201d date at the end."),
    ("policy_changes", "posted_on_site", "This statement is dated so that you can tell which one you read."),
    ("policy_changes", "posted_on_site", "Please refer to this page on an ongoing basis."),
    # near misses: a version number of an app, a notice made easy to find
    ("policy_changes", "not_mentioned", "We collect your browser type and the application version number."),
    ("policy_changes", "not_mentioned", "To make this notice easy to find, we make it available on every page of our site."),
    # round 126: "required by law" said other ways, and a refusal to distribute with the law as its exception
    ("legal_disclosure", "required_by_law", "We will not distribute your personal data to others unless the law requires it."),
    ("legal_disclosure", "required_by_law", "We never disclose visitor details to anyone unless obliged to disclose them by rule of law."),
    ("legal_disclosure", "required_by_law", "We may pass your records on to such bodies as required under law."),
    ("legal_disclosure", "required_by_law", "We may disclose your details to our successors and, if required, law enforcement agencies."),
    # near miss: the reader's own legal duty
    ("legal_disclosure", "not_mentioned", "You are responsible for any taxes you are required to pay under law."),
    # round 127: rights listed after "the right to"; a request that the data "be updated"; one individual
    (
        "access_and_deletion",
        ("access", "correct", "delete"),
        "Residents have the right to see their personal data, rectify inaccurate personal data and erase personal data.",
    ),
    (
        "access_and_deletion",
        ("correct",),
        "You may ask at any time that the details we keep about you are updated or corrected.",
    ),
    ("access_and_deletion", ("correct",), "An individual may correct the records we keep about them."),
    # near miss: the company's own right to delete or amend
    (
        "access_and_deletion",
        "not_mentioned",
        "We retain the right to delete any post, and we reserve the right to amend these terms of our policy.",
    ),
    # round 128: deletion and access said other ways
    ("access_and_deletion", ("access", "correct", "delete"), "You may later view and modify your details, and remove them from our system."),
    ("access_and_deletion", ("delete",), "Details you gave us may be requested for deletion at any time."),
    ("access_and_deletion", ("correct", "delete"), "We will answer requests to amend, delete or alter your details."),
    ("access_and_deletion", ("correct", "delete"), "You may change your details by editing or deleting your profile."),
    ("access_and_deletion", ("delete",), "A member can at any point in time request that the data controller suspend or remove the data."),
    ("access_and_deletion", ("delete",), "On your request, we also will remove your details from our files."),
    ("access_and_deletion", ("access",), "Every person can request (free of charge) access to any records held about them."),
    ("access_and_deletion", ("access",), "On request, you will be informed which of your data is stored by us."),
    ("access_and_deletion", ("access",), "You can always write to ask what personal data is stored about you."),
    # near miss: being told about the policy's practices is no access to one's own data
    ("access_and_deletion", "not_mentioned", "You will always be informed of what information we gather and how we use it."),
    # round 129: telephone numbers written "(319)339-1000" or "1.888.NAME.0"; a purpose clause's negation
    # ("so that others cannot see it, contact us") stays in it
    ("contact", ("phone",), "For help, reach a member service representative at (515)222-3000."),
    ("contact", ("phone",), "You can call a customer service representative at 1.800.GETHELP.1"),
    ("contact", ("email",), "To hide your profile so that others cannot see it, write to our help team at help@example.org"),
    # near miss: a negation before the purpose clause still governs it
    (
        "shares_for_marketing",
        "no",
        "We do not pass customer details to other companies, nor do we give them to partners so that they can market to you.",
    ),
    # round 130: the payment processor named as the one who handles it, even beside a refusal to keep the
    # card; processing partners; "supply" as a way of handing data to contractors
    ("service_providers", "yes", "We never keep card numbers on our servers, since they are processed by our payment gateway."),
    ("service_providers", "yes", "Our card processing partners are two large banks."),
    ("service_providers", "yes", "We do not supply your card details to anyone except the associated billing company."),
    # near miss: a refusal with no contractor named
    ("service_providers", "not_mentioned", "We do not supply your card details to anyone."),
    # round 131: sites the reader goes to from a link set their own cookies there, not on this site
    (
        "third_party_tracking",
        "not_mentioned",
        "Once you leave us, those linked sites may ask for your details or set their own cookies on your device.",
    ),
    ("third_party_tracking", "not_mentioned", "Third-party sites that we link to may use their own cookies."),
    # near miss: others' cookies on this site
    ("third_party_tracking", "yes", "Our advertising partners may set their own cookies when you visit our pages."),
    # round 132: the data removed once its use is done; kept "for an indefinite time"
    ("retention", "as_long_as_needed", "We read server logs only for traffic analysis, and then the log data is deleted."),
    ("retention", "as_long_as_needed", "We erase stored card numbers once the payment has been processed."),
    ("retention", "indefinitely", "Messages you post may be stored by us for an indefinite period of time."),
    # near miss: a deletion the reader asks for is a right, not a retention rule
    ("retention", "not_mentioned", "Once you ask us, your details will be deleted."),
    # round 133: the period of "etc." where the sentence goes on after it ends no clause
    (
        "retention",
        "as_long_as_needed",
        "Once your order ships, your payment details (card number, expiry date, billing address, etc.) are not kept on our systems.",
    ),
    # near miss: "etc." at the end of a sentence still ends it
    ("retention", "not_mentioned", "We collect your name, e-mail, etc. Once you order, we ship it."),
    # round 134: marketing that goes only to readers who chose it, said as the messages they chose or as a
    # condition on their request or on the company holding their consent: opt-in, an unsubscribe link later
    # notwithstanding
    ("marketing_opt_out", "opt_in", "We e-mail the seasonal newsletters that you have elected to receive. Every copy carries an unsubscribe link."),
    ("marketing_opt_out", "opt_in", "Our mailings go to the lists that you have joined. You may unsubscribe whenever you like."),
    ("marketing_opt_out", "opt_in", "Where you have requested to receive product news from us, we may e-mail you about new gadgets. To unsubscribe, use the link in any message."),
    ("marketing_opt_out", "opt_in", "When we have obtained your consent, we may send you vouchers and special offers by e-mail. You can opt out at any time."),
    ("marketing_opt_out", "opt_in", "Promotional mail is only sent to shoppers who have indicated their preference to hear from us. Unsubscribe at any time."),
    # near misses: a request for something else, and messages the reader did not choose
    ("marketing_opt_out", "opt_out", "Where you have requested a quote, we may e-mail you special offers later. Use the unsubscribe link to stop them."),
    ("marketing_opt_out", "opt_out", "We send the marketing e-mails that our partners have chosen. Use the unsubscribe link to stop them."),
    # round 135: a mailing list the reader may join, with no other marketing said, is opt-in
    ("marketing_opt_out", "opt_in", "Visitors can sign up for our quarterly newsletter on the home page."),
    ("marketing_opt_out", "opt_in", "If you would like to receive updates about new courses, fill in the form below."),
    ("marketing_opt_out", "opt_in", "Our mailing list runs on a double opt-in basis."),
    ("marketing_opt_out", "opt_in", "Your choices include opting not to register for our e-mail newsletters."),
    ("marketing_opt_out", "opt_in", "The account page allows you to subscribe to our weekly newsletter."),
    # near misses: an unsubscribe route said anywhere wins, and registering for the service is no list
    ("marketing_opt_out", "opt_out", "Visitors can sign up for our newsletter. Each issue has an unsubscribe link."),
    ("marketing_opt_out", "not_mentioned", "You may register to use the forum and post questions."),
    # round 136: a notice shown on the site is no direct notice, and neither is a promise only to try
    # to notify, or only as far as the law requires
    ("policy_changes", "posted_on_site", "If we make material changes, we will notify you by means of a banner on our website before they apply."),
    ("policy_changes", "posted_on_site", "We will endeavour to tell you about important changes, so please check this page from time to time."),
    ("policy_changes", "posted_on_site", "We will notify you of material changes as required by applicable law and will post the revised policy on this page."),
    # near misses: trying to reach the reader by e-mail, or to ask for consent, is direct notice
    ("policy_changes", "direct_notice", "If we change how we use your data, we will try to contact you by e-mail before the change applies."),
    ("policy_changes", "direct_notice", "For changes that reduce your privacy, we will make reasonable efforts to notify you and ask for your consent."),
    # round 137: taking the data away said without "portability": an exported file, taking it out of the
    # service, having it transferred to another provider at the reader's request
    ("access_and_deletion", ("access", "export"), "Members can see their records and may ask for an exported file of everything we store about them."),
    ("access_and_deletion", ("export",), "Our tools let you take your data out of the service whenever you wish."),
    ("access_and_deletion", ("export",), "You have the right to request that we transfer your personal data to another provider."),
    # near misses: the company's own transfers, and an export of the company's goods
    ("access_and_deletion", "not_mentioned", "We may transfer your personal data to another provider that hosts our servers."),
    ("access_and_deletion", "not_mentioned", "We export coffee beans to cafés in twenty countries."),
    # round 138: a form the company collects data through is no way offered to reach it
    ("contact", ("email",), "When you fill in an online form on our shop, we collect your name and address. Privacy questions: privacy@example.org."),
    ("contact", ("email",), "Information is gathered when you send us a feedback form. Write to help@example.org with any privacy question."),
    # near miss: a form offered for privacy questions is one
    ("contact", ("email", "web_form"), "Questions about this policy? Use our online contact form or write to privacy@example.org."),
    # round 139: access limited to those who need it, said without "need to know"
    ("security", ("access_controls",), "To protect your data, it is shared inside the company with the employees who need access to it for their work."),
    ("security", ("access_controls",), "To keep it secure, contractors receive customer records on an as-needed basis only."),
    ("security", ("access_controls",), "Only authorised people can reach the servers that hold your data."),
    # near miss: what the reader needs to do is no limit on who sees the data
    ("security", "not_mentioned", "Those who need help with their account can call us."),
    # round 141: help hired, said as a relative clause without "us", or a third party engaged for the work
    ("service_providers", "yes", "We may share your information with the companies that help provide our service, which sign a confidentiality agreement."),
    ("service_providers", "yes", "We may disclose your details if we engage a third party to provide administrative work for us."),
    ("service_providers", "yes", "We may give your details to companies that help run our website."),
    # near misses: a company that helps the reader, and a third party the reader engages, do no work for the company
    ("service_providers", "not_mentioned", "We share tips on companies that help provide the best travel deals."),
    ("service_providers", "not_mentioned", "If you engage a third party to provide legal advice, we are not responsible for it."),
    # round 142: a sentence that points back ("this information includes") takes the collection verb of the one before
    ("data_collected", ("usage",), "We gather some details automatically when you visit our site. This information includes the pages you view and how long you stay."),
    # near miss: pointing back to a sentence that collects nothing
    ("data_collected", "not_mentioned", "Cookies are small files placed on your computer by websites. This information includes the pages you view."),
    # usage said as behaviour, activities, landing pages; data said not to identify anyone is about no one
    ("data_collected", ("usage",), "We keep records of your browsing behaviour on our shop, including the landing page of each visit."),
    ("data_collected", ("usage",), "We track visitors' activities on our site to improve it."),
    ("data_collected", "not_mentioned", "Friends who join through our referral program earn a discount."),
    ("data_collected", "not_mentioned", "We log the pages you visit on our site, but this data does not identify you personally."),
    # round 143: activities are the reader's (a possessive), not any "activities on the site"
    ("data_collected", "not_mentioned", "We may ask about your job history, depending on your inquiry or activities on the site."),
    # round 144: data reported anonymously is about no one; near miss: the same cookies, no such word
    ("data_collected", "not_mentioned", "Statistics cookies collect and report information anonymously on how visitors interact with the site."),
    ("data_collected", ("usage",), "Statistics cookies collect information on how visitors interact with the site."),
    # round 146: an opt-out of showing an e-mail address, or of tracking, is no way to stop marketing messages
    ("marketing_opt_out", "not_mentioned", "You may opt out of publicly displaying your e-mail address on your profile."),
    ("marketing_opt_out", "not_mentioned", "To opt out of our tracking for the rewards marketing program, click the link below."),
    # near miss: the e-mails themselves; and their preferences, said with another kind of message beside them
    ("marketing_opt_out", "opt_out", "You can opt out of our marketing e-mails at any time."),
    ("marketing_opt_out", "opt_out", "We send a monthly newsletter. You can manage your email and text preferences in your account settings."),
    # round 147: other companies hired to set the site's cookies or gather its statistics track its visitors
    ("third_party_tracking", "yes", "We may occasionally use other companies to set cookies on our website and gather cookie information for us."),
    ("third_party_tracking", "yes", "To evaluate our advertising, we may use third parties to collect statistical data about visits to our site."),
    # near misses: statistics given to others, and other companies' cookies on their own sites
    ("third_party_tracking", "not_mentioned", "We may share aggregate statistics about our visitors with third parties."),
    ("third_party_tracking", "not_mentioned", "Other companies may set cookies on their own websites."),
    # round 148: a second ground beside the law's demand is more than the law asks, whatever the sentence says of the law
    ("legal_disclosure", "broad", "We will provide your information when legally required to do so under a subpoena or other legal process, including to establish or exercise our legal rights."),
    ("legal_disclosure", "broad", "We will disclose information when required by law, and also in response to a law enforcement agency's request."),
    ("legal_disclosure", "broad", "We will not disclose your data unless we believe the law requires it or that the rights or property of our network need to be protected."),
    ("legal_disclosure", "broad", "We may disclose data when required by law, to combat fraud or to protect our interest."),
    # near misses: the law alone, and legal claims as a reason to keep records
    ("legal_disclosure", "required_by_law", "We may disclose your information if we are required to do so by law."),
    ("legal_disclosure", "not_mentioned", "We keep records as long as needed to establish or defend legal claims."),
    # round 150: others used or engaged for the work, with adjectives between ("certain trusted third parties")
    ("service_providers", "yes", "We engage certain trusted third parties to perform functions and provide services to us."),
    ("service_providers", "yes", "If we use the services of any third parties to process personal information, we will enter into agreements that require them to protect it."),
    ("service_providers", "yes", "We may use third parties to deliver incentives to you."),
    # near miss: third parties the reader uses
    ("service_providers", "not_mentioned", "You may use third parties to access the service at your own risk."),
    # "apart from", "other than" end a denial's reach: the exception is affirmed
    ("service_providers", "yes", "We do not share it, apart from those acting as our agents in providing our services."),
    ("service_providers", "not_mentioned", "We do not share your information with agents or anyone else."),
    # round 151: an age bar said of the people it shuts out, without "children"
    ("children", "not_directed_under", "This website is not lawfully accessible to persons under the age of 18."),
    ("children", "not_directed_under", "If you are not yet 18, you are not allowed to use our services."),
    ("children", "not_directed_under", "We will terminate any accounts used by anyone under the age of eighteen."),
    # near misses: an age limit for a contest, and one that a parent's permission lifts
    ("children", "not_mentioned", "Entrants under the age of 18 are not permitted to enter our contests."),
    ("children", "parental_consent", "Members under 16 are not allowed to post without a parent's permission."),
    # round 152: a site named by its domain does not end the clause ("Example.com" has no full stop)
    ("business_transfer", "yes", "We may transfer information collected from users in connection with a sale of Example.com business."),
    # a sale of the business in more general words
    ("business_transfer", "yes", "We may share your data as part of the sale of one or more of our businesses."),
    ("business_transfer", "yes", "We reserve the right to transfer your personal information in the event we undergo a business restructuring."),
    ("business_transfer", "yes", "We may transfer your information to a purchaser of all or part of our company."),
    ("business_transfer", "yes", "If the company changes hands, your information will go with it."),
    # near misses: the company's own goods sold; viewing pages without giving any data is no right to see one's data
    ("business_transfer", "not_mentioned", "We sell products to other businesses and ship them by courier."),
    ("access_and_deletion", "not_mentioned", "You can browse the site and view listings without providing us with any of your personal information."),
    # round 153: a form data is entered in, or that asks for data, is a way the company collects, not one to reach it
    ("contact", ("email",), "Write to privacy@example.org with questions. This could, for example, be data you enter on a contact form."),
    ("contact", ("email",), "Write to privacy@example.org with questions. Our online forms ask you to provide your name and address."),
    # round 154: feedback as what the company learns from is a purpose, not messages it keeps
    ("data_collected", ("contact",), "We collect your name. We continually improve our offerings based on the information and feedback we receive from you."),
    ("data_collected", ("contact",), "We collect your name. We use it to obtain your feedback on our products and overall customer satisfaction."),
    # near miss: the feedback the reader sends, kept
    ("data_collected", ("contact", "content"), "We collect your name and keep the feedback you send to our support team."),
    # round 155: interests the company learns or infers are no demographic data the reader gives
    ("data_collected", ("contact",), "We collect your email address, which helps us learn about our users' interests in new features."),
    # near misses: interests collected, and a sentence that names another demographic kind
    ("data_collected", ("contact", "demographic"), "When you register we collect your name, email address and your interests."),
    ("data_collected", ("contact", "demographic"), "We collect your email address, your age and your interests to show ads based on your interests."),
    # round 156: a telephone number in another grouping, and a call offered without a number
    ("contact", ("phone", "email"), "For questions about your privacy, please contact us at 9884-93-2273 or help@example.in."),
    ("contact", ("phone",), "For privacy questions, please contact this office by calling during business hours."),
    # near misses: the reader calling the company as a way data is collected; "by phone" without a number
    ("contact", "not_mentioned", "We may obtain information when you call or email us."),
    ("contact", ("email",), "If you have questions, please contact us by email, by phone or by post."),
    # round 157: what the reader writes or uploads, said as reviews, postings or uploads
    ("data_collected", ("contact", "content"), "We collect your name and any customer reviews."),
    ("data_collected", ("content",), "We store the documents uploaded to your account."),
    ("data_collected", ("contact", "content"), "We collect your email address and keep your postings."),
    # near miss: reviews the company holds of itself
    ("data_collected", ("contact",), "We collect your name. We hold periodic reviews of our security."),
    # round 158: recipients based outside a named country; data held in other countries
    ("international_transfer", "yes", "Some of the service providers to whom we may disclose your personal information are based outside Australia."),
    ("international_transfer", "yes", "Any information you provide to us may be held in countries other than the one you contacted us from."),
    # near miss: a certification about data from other countries says nothing of moving it
    ("international_transfer", "unclear", "We comply with the Safe Harbor framework regarding the collection, use, and retention of personal data from European Union member countries."),
    # round 159: an analytics product the site relies on or counts among its tools; its cookies, possessive
    ("third_party_tracking", "yes", "Our blog relies on Example Analytics to count page views."),
    ("third_party_tracking", "yes", "We use outside tools such as Example Analytics to see how visitors move through the site."),
    ("third_party_tracking", "yes", "Example Analytics' cookies record which pages you open."),
    ("third_party_tracking", "yes", "Ad server companies may record your IP address and clickstream data when you visit."),
    ("third_party_tracking", "yes", "We place web beacons on our pages and may allow advertisers to place them as well."),
    # near miss: the site's own analytics
    ("third_party_tracking", "not_mentioned", "We use our own analytics tools such as internal analytics."),
    # round 160: sub-contractors with a hyphen, outsourcing, a shop hosted by another company
    ("service_providers", "yes", "Our sub-contractors are required to safeguard the details you give us."),
    ("service_providers", "yes", "We transmit order data securely when we use outsourcing for delivery."),
    ("service_providers", "yes", "Our online store is hosted by a retail platform company."),
    # near miss: a denial of outsourcing hires no one
    ("service_providers", "not_mentioned", "We do not outsource the processing of your data."),
    # round 161: a legal duty said as legislation or an order
    ("legal_disclosure", "required_by_law", "We will not pass on your details unless required to do so under applicable national legislation."),
    ("legal_disclosure", "required_by_law", "We will not share your information unless by governmental order."),
    # near miss: the reader's request under a disclosure law
    ("legal_disclosure", "not_mentioned", "Send any request for a disclosure required under this state law to our office."),
    # round 162: a country inside a company's or an agency's name is no destination
    ("international_transfer", "not_mentioned", "Newsletters are sent to you by Canada Goose Travel every month."),
    ("international_transfer", "yes", "Your order details are sent to our warehouse in Canada."),
    ("international_transfer", "not_mentioned", "You agree to the courts located in Denver, Colorado, USA."),
    # round 163: payment data as banking details, a payment method, details of transactions
    ("data_collected", ("financial",), "We collect your banking details when you sign up."),
    ("data_collected", ("financial",), "We ask for a payment method when you place an order."),
    ("data_collected", ("financial",), "We keep details of transactions you carry out on our site."),
    # round 164: writing to the company; a post-office box in another language
    ("contact", ("postal",), "If you have questions about this policy, you may write to us at our head office."),
    ("contact", ("email",), "If you have questions about this policy, write to us at privacy@example.org."),
    ("contact", ("postal",), "Questions about privacy: Example BV, Postbus 1234, Utrecht."),
    # round 165: the reader's own right of access; the reader as "he or she"
    ("access_and_deletion", ("access", "correct", "delete"), "Individuals have a right to access, change or delete their personal data."),
    ("access_and_deletion", ("correct",), "He or she may correct any details by writing to us."),
    # near miss: staff who have access
    ("access_and_deletion", "not_mentioned", "Our employees have access to your data."),
    # round 166: stopping messages said as not wishing to be contacted, discontinuing, declining
    ("marketing_opt_out", "opt_out", "We may mail you news of our work. Should you wish not to be contacted, please let us know."),
    ("marketing_opt_out", "opt_out", "If you wish to discontinue receiving our newsletters, tell us by email."),
    ("marketing_opt_out", "opt_out", "You can decline to receive further newsletters at any time."),
    # round 167: keeping said as "may need to retain", copies in back-up storage
    ("retention", "unclear", "We may need to retain some information about you to meet our legal obligations."),
    ("retention", "unclear", "Some of your details may remain in back-up storage after you ask us to delete them."),
    # round 168: data the company maintains or preserves; fields that may be required
    ("data_collected", ("contact",), "We maintain your email address and name on our mailing server."),
    ("data_collected", ("contact",), "To post a comment, a name and email address may be required."),
    # round 169: cookies used by merchants or sponsors; affiliates' cookies on the site
    ("third_party_tracking", "yes", "Cookies are also used by our merchants to recognise you as a member."),
    ("third_party_tracking", "yes", "Some of our sponsors use cookies on our site in their promotions."),
    # near miss: the site's own cookies
    ("third_party_tracking", "not_mentioned", "Cookies are used by us to remember your preferences."),
    # round 170: a refusal before "but" stays in its clause; a mutual exchange is no sale; Do Not Track
    # refused as "not follow"; others' cookies and others collecting on the site; using the service
    # without cookies; the acquiring company; asking not to be contacted; contractors hired in the passive
    ("business_transfer", "yes", "We will not otherwise transfer your records to any company, but we may transfer them to a new owner after a merger."),
    ("business_transfer", "no", "We will never transfer your records to anyone in a merger or acquisition."),
    ("sells_data", "not_mentioned", "When you sign in with Twitter, Twitter and our service will exchange your personal information."),
    ("sells_data", "yes", "We may sell and exchange your personal information with other firms."),
    ("do_not_track", "not_honored", "Our site does not observe do not track requests."),
    ("do_not_track", "not_mentioned", "To switch on Do Not Track, follow the steps in your browser's help pages."),
    ("third_party_tracking", "yes", "Your browser may hold cookies belonging to these third parties."),
    ("third_party_tracking", "yes", "Our sponsors and advertisers may gather data about you while you are visiting our site."),
    ("third_party_tracking", "not_mentioned", "Our advertisers never gather data about you while you are visiting our site."),
    ("cookies", "yes_can_refuse", "We place cookies on your computer, but you can browse the shop without accepting cookies."),
    ("cookies", "yes", "We place cookies on your computer; you cannot browse the shop without accepting cookies."),
    ("business_transfer", "yes", "Customer records could then pass to the acquiring company."),
    ("marketing_opt_out", "opt_out", "You can request that we not contact you with newsletters or other marketing."),
    ("service_providers", "yes", "Outside firms are retained by the club to run the ticket office and handle payments."),
    # round 171: cookies set subject to the reader's consent; the deal said as "all or substantially all of
    # our assets"; third-party tools counting visits; bankruptcy filings as a source of data, not a deal
    ("cookies", "yes_can_refuse", "Subject to your agreement, we set cookies to remember your basket."),
    ("cookies", "yes", "By visiting our pages you consent to our cookies."),
    ("business_transfer", "yes", "Your details may go to any company that buys, or to which we transfer, all or substantially all of our assets."),
    ("business_transfer", "not_mentioned", "We check court records and bankruptcy filings when we assess a credit application."),
    ("third_party_tracking", "yes", "We use third-party software to gather data on how many people visit each page."),
    # round 172: ads served by others; a provider used to watch browsing; data sent to remarketing companies;
    # what hosting companies usually do is not whom the company hires
    ("third_party_tracking", "yes", "The shop uses outside companies to deliver the banners you see on its pages."),
    ("third_party_tracking", "yes", "Advertisements on this site are provided to visitors by our web advertising partners."),
    ("third_party_tracking", "yes", "An analytics vendor that we use to measure visits and clicks keeps reports for us."),
    ("third_party_tracking", "yes", "Data in our cookies is sent to remarketing companies, which decide which ads you see elsewhere."),
    ("third_party_tracking", "not_mentioned", "We do not use third parties to serve ads on our site."),
    ("service_providers", "not_mentioned", "These files only log visitors, a standard procedure for hosting companies and part of their analytics services."),
    ("service_providers", "yes", "Our hosting company stores the files for us."),
    # round 173: the wrongdoing named first, then the authorities the data goes to; keeping refused with its
    # exception ("unless required for")
    ("legal_disclosure", "broad", "If someone reports fraudulent bids, we hand the details we hold to the relevant authorities."),
    ("legal_disclosure", "required_by_law", "If fraud is suspected we will pass information to the police when required by a court order."),
    ("retention", "as_long_as_needed", "We never keep customer data on our systems unless it is needed for running the service."),
    ("retention", "not_mentioned", "We do not store your credit card details unless required for recurring billing."),
    # round 174: messages sent at the reader's request, said without "only" (weak: an opt-out said anywhere wins)
    ("marketing_opt_out", "opt_in", "We send newsletters about new recipes at your request only."),
    ("marketing_opt_out", "opt_in", "You will get promotional e-mails from the club if you have specifically subscribed to them."),
    ("marketing_opt_out", "opt_out", "We send newsletters at your request. You can unsubscribe from them at any time."),
    ("marketing_opt_out", "not_mentioned", "If you request it, we will delete your account data."),
    # round 175: payments that pass through someone else's system; a blanket promise naming sharing among
    # other ways of giving data away (selling and renting alone stay another question's); someone else's
    # tracking code on the page, and others aiming ads at the reader
    ("service_providers", "yes", "Your order will be paid through a secure third-party payment service."),
    ("service_providers", "yes", "The shop makes use of CardGate for all credit card payments."),
    ("service_providers", "not_mentioned", "Orders are processed by our staff within two working days."),
    ("service_providers", "not_mentioned", "Payments are processed through our own secure server."),
    ("shares_for_marketing", "no", "The details you give us will be kept private and will not be sold, lent, disclosed or traded."),
    ("shares_for_marketing", "no", "We will never release your contact details to any outside company for their mailing or marketing purposes."),
    ("shares_for_marketing", "not_mentioned", "We do not sell or rent the details you give us."),
    ("shares_for_marketing", "with_consent", "We will not share or sell your details unless you agree."),
    ("third_party_tracking", "yes", "Our pages carry third-party scripts that measure how well our ads perform elsewhere."),
    ("third_party_tracking", "yes", "Some partners may target advertisements to you based on the quizzes you answer."),
    ("third_party_tracking", "no", "We do not use any third-party tracking scripts."),
    # round 176: refusing cookies said as "to not accept", "disallow", "which cookies to accept", through "your
    # device or browser"; a notice of changes given on the site itself, or posting named first with e-mail as the
    # other way; a form the reader fills in to give data, a password form, is no way to reach the company
    ("cookies", "yes_can_refuse", "The shop sets cookies. Visitors may choose to not accept cookies, though some pages may then fail."),
    ("cookies", "yes_can_refuse", "The shop sets cookies. You can tell your browser to disallow cookies altogether."),
    ("cookies", "yes_can_refuse", "The shop sets cookies. Your browser can warn you first, so you decide which cookies to accept."),
    ("cookies", "yes_can_refuse", "The shop sets cookies. It is possible to block cookies through your tablet or browser settings."),
    ("cookies", "yes", "The shop sets cookies to keep your basket."),
    ("policy_changes", "posted_on_site", "If this statement changes, members will be notified with a visible note on our website."),
    ("policy_changes", "posted_on_site", "Members will be informed of any changes to this statement on our privacy page."),
    ("policy_changes", "posted_on_site", "If we change this statement, we will tell you either by posting a notice on the site or by sending you an e-mail."),
    ("policy_changes", "direct_notice", "If we change this statement, we will tell you by sending you an e-mail."),
    ("contact", "not_mentioned", "If you fill in a form on the club's site, you may give us details such as your name."),
    ("contact", "not_mentioned", "Forgot your password? Use the password reset form."),
    ("contact", ("web_form",), "Questions about this statement can be sent through our online contact form."),
    # round 177: a refusal to share the reader's data with its consent as the one way out, said as "unless we
    # have your permission", "your personal information" with no one named; the law that allows, a report to
    # the proper authorities of anyone, the company's own interests named with its name
    ("shares_for_marketing", "with_consent", "The club will not sell, pass on or lease your personal details to other firms unless we have your permission."),
    ("shares_for_marketing", "with_consent", "We will not disclose your personal information without your consent."),
    ("shares_for_marketing", "not_mentioned", "We will not disclose your order history to the couriers."),
    ("legal_disclosure", "broad", "If we learn of illegal activity on the forum, we will report such members to the proper authorities."),
    ("legal_disclosure", "broad", "We may disclose what we hold as necessary to protect Acme’s interests."),
    ("legal_disclosure", "required_by_law", "We disclose what we hold only when required by law."),
    # round 178: the destination named by its weaker law, handling placed "in X and other countries"; a bare
    # commitment to protect data, no measure named, is no guarantee (the settlements' reading)
    ("international_transfer", "yes", "Your details may reach partners in jurisdictions with less strict privacy laws than yours."),
    ("international_transfer", "yes", "You agree to the storage and use of your information in Canada and other countries."),
    ("international_transfer", "not_mentioned", "We follow the privacy laws of the places where our members live."),
    ("security", ("no_guarantee",), "We take all reasonable care to keep the details you give us secure."),
    ("security", ("no_guarantee",), "The club is committed to protecting members' information against misuse."),
    ("security", ("encryption",), "We take reasonable care of your details, and all payments are encrypted."),
    # round 179: the reader's own software maker, and "inside and outside the company", are no contractors;
    # "at no point will we subscribe you ... without your consent" is opt-in
    ("service_providers", "not_mentioned", "For help with cookies, ask your browser vendor."),
    ("service_providers", "not_mentioned", "Our security techniques protect your data from unauthorized access by people inside and outside the company."),
    ("service_providers", "yes", "We use outside mailing companies to send our catalogues."),
    ("marketing_opt_out", "opt_in", "At no point will we add you to our newsletter list without your consent."),
    # round 180: opting out of an ad company's use of its cookie for advertising is not refusing cookies
    ("cookies", "yes", "The shop sets cookies. Users may opt out of the ad network's use of its cookie for targeted ads on its settings page."),
    ("cookies", "yes_can_refuse", "The shop sets cookies. You can block cookies in your browser, or opt out of targeted ads on the ad network's page."),
    ("cookies", "yes_can_refuse", "The shop sets cookies. You can opt out of our cookies at any time."),
    # round 181: disclosure "otherwise acceptable under laws", and to the authorities "to assist with their
    # requests", go beyond what the law compels
    ("legal_disclosure", "broad", "We may disclose your details where that is otherwise acceptable under the law."),
    ("legal_disclosure", "broad", "We may give your details to the police to assist with their inquiries."),
    ("legal_disclosure", "required_by_law", "We may give your details to the police when a court order compels us."),
    # round 182: work done for the site said without "service provider" (a spam filter checking comments, others
    # fulfilling the reader's request, "its authorized agents", sharing a requested service needs); the site and
    # others using cookies side by side; data "held securely" or protected by named technology is a measure
    ("service_providers", "yes", "Reader comments may be screened through an automated spam detection service."),
    ("service_providers", "yes", "Your answers may be shared with third parties so that they can fulfill your request."),
    ("service_providers", "yes", "Order details are used by the shop and its authorized agents."),
    ("service_providers", "yes", "We share your details when we need to share them to deliver a product you have requested."),
    ("service_providers", "not_mentioned", "You may name an authorized agent to make a request for you."),
    ("third_party_tracking", "yes", "We, along with our vendors, may use Flash cookies and local storage."),
    ("third_party_tracking", "yes", "An outside ad serving company shows the banners on our pages."),
    ("security", ("other_measures",), "Everything you send us is stored securely."),
    ("security", ("other_measures",), "We use modern technology to protect your account details."),
    ("security", ("encryption",), "We use encryption technology to protect your account details."),
    # round 183: a line ending in a colon names its channel in the items under it; a form named as where data
    # comes from is no way to reach the company; "rectify any inaccuracies", "the opportunity to update and
    # amend your personal information"
    ("policy_changes", "posted_on_site", "Members will be notified of any policy changes:\n\n- On our privacy page"),
    ("policy_changes", "direct_notice", "Members will be notified of any policy changes:\n\n- By email"),
    ("contact", ("email",), "The details you submit through our online forms are kept safe. Write to help@example.org with questions."),
    ("contact", ("email",), "Your details might be collected through a contact form. Write to help@example.org with questions."),
    ("access_and_deletion", ("access", "correct"), "Members have the right to see the data the club holds about them, and to rectify any inaccuracies."),
    ("access_and_deletion", ("access", "correct"), "Members can request access to the files the club keeps, and have the opportunity to update and amend their personal information."),
    # round 184: cookies set only as far as the browser's settings allow, opted into, or whose installation the
    # reader can prevent; marketing the reader chooses whether to receive; disclosure the law merely allows, or
    # "legitimately requested"
    ("cookies", "yes_can_refuse", "The shop's site can send a cookie to your browser if your browser's settings allow it."),
    ("cookies", "yes_can_refuse", "When you post a review you may opt in to saving your name and town in cookies."),
    ("cookies", "yes_can_refuse", "We use cookies. The member may change the settings of his or her computer so as to be told of new cookies and prevent the installation of cookies."),
    ("cookies", "yes", "We use cookies to prevent the installation of malware on our servers."),
    ("marketing_opt_out", "opt_in", "You can choose whether or not you want to receive our newsletter."),
    ("marketing_opt_out", "opt_in", "We may send you occasional promos (if you have authorized us to do so)."),
    ("legal_disclosure", "broad", "We will not forward your details to anyone unless this is legally permitted or required."),
    ("legal_disclosure", "broad", "We may give your details to other public bodies as the law allows."),
    ("legal_disclosure", "broad", "We release records where legitimately requested for regulatory purposes."),
    # round 186: opting out of an ad server's serving or targeting is not stopping marketing messages
    ("marketing_opt_out", "not_mentioned", "You can opt out of this ad serving on all sites using this advertising by visiting the ad company's page."),
    ("marketing_opt_out", "not_mentioned", "To opt out of such targeting, visit the Network Advertising Initiative opt-out page."),
    ("marketing_opt_out", "opt_out", "You can opt out of our newsletters at any time."),
    # round 188: what the reader posts in public can be collected by others (a warning, not the company's
    # collection); correspondence named as a channel holds no messages
    ("data_collected", ("contact",), "We collect your name and e-mail address. Remember that anything you disclose on our message boards may be collected and used by others."),
    ("data_collected", ("contact",), "We collect your name, postal address and the language of correspondence you prefer."),
    ("data_collected", ("contact",), "We collect your e-mail address and will remove you from all correspondence if you ask."),
    ("data_collected", ("contact", "content"), "We collect your name and the messages you post on our message boards."),
    ("data_collected", ("contact", "content"), "We collect your name and e-mail address and keep a copy of your correspondence with us."),
    # round 190: "we will let you know" by posting on the site, and e-mail or a prominent notice at the company's
    # choice, are no promise of direct notice
    ("policy_changes", "posted_on_site", "If we change this policy, we will let you know by posting the new version on this page."),
    ("policy_changes", "posted_on_site", "Before any change takes effect we'll let you know what will change by publishing a summary on our website."),
    ("policy_changes", "posted_on_site", "Changes to this policy will be posted on this page. Users will be notified via email or prominent notice of any change."),
    ("policy_changes", "direct_notice", "If we change this policy, we will let you know by sending you an email."),
    ("policy_changes", "direct_notice", "Changes to this policy will be posted on this page. Users will be notified via email of any change."),
    # round 191: contractors said as "firms we hire", "partners working on behalf of", contracts with "one or
    # more" third parties; contractors who may see data, beside an access limit, still receive it
    ("service_providers", "yes", "We may pass your details to firms we hire to carry out tasks for the shop."),
    ("service_providers", "yes", "Order data may go to partners working on behalf of the club, who keep it confidential."),
    ("service_providers", "yes", "The club contracts with one or more third parties to run its booking pages."),
    ("service_providers", "yes", "We limit access to your details to our staff, contractors and agents who need them for their work."),
    ("service_providers", "not_mentioned", "We limit access to your details to our own staff who need them for their work."),
    ("service_providers", "not_mentioned", "Our volunteers work on behalf of the members of the club."),
    # analytics companies named by role and given or gathering what visitors do
    ("third_party_tracking", "yes", "We send the address of your computer to our web analytics providers."),
    ("third_party_tracking", "yes", "Some of this work is done on our behalf by analytics and survey vendors."),
    ("third_party_tracking", "not_mentioned", "The club has no analytics vendors."),
    # a refusal without consent said with "revealed", or to "any other person"
    ("shares_for_marketing", "with_consent", "Member details will not be revealed to other companies without their prior consent."),
    ("shares_for_marketing", "with_consent", "Your details will not be given to any other person or organisation unless authorised by you."),
    ("shares_for_marketing", "not_mentioned", "We study visits to the site without revealing who our members are."),
    # round 192: kept "to the extent it is necessary", deleted when a contest is over; sharing "for marketing and
    # other purposes", and the recipients' offers said after a long description of them
    ("retention", "as_long_as_needed", "We keep members' details only to the extent it is necessary to run the club."),
    ("retention", "as_long_as_needed", "Once the contest is over, we delete the entrants' details."),
    ("retention", "not_mentioned", "You can delete your account once the contest is over."),
    ("retention", "not_mentioned", "Our payment processor gets your card number only to the extent necessary to take your payment, and must maintain its confidentiality."),
    ("shares_for_marketing", "yes", "We may pass your details to selected companies for marketing and other purposes."),
    ("shares_for_marketing", "yes", "We may make your details available to firms or other bodies not linked to our group that have goods, services and deals that might be of interest to you, so that they can send you these deals."),
    # round 193: no guarantee said as "cannot 100% guarantee", or of confidentiality or safety from intrusion, and a
    # channel "not necessarily secure"; data sent to a named country, used "in such countries" or "in and outside" a
    # country, disclosed to recipients in several named countries or to overseas group companies
    ("security", ("no_guarantee",), "The club cannot 100% guarantee the security of what you send it."),
    ("security", ("no_guarantee",), "We cannot guarantee the confidentiality of messages sent over the internet."),
    ("security", ("no_guarantee",), "Remember that e-mail is not necessarily secure."),
    ("security", "not_mentioned", "The club does not guarantee any confidentiality for the stories you post in the public forum."),
    ("international_transfer", "yes", "By joining you agree to the export of personal information to Canada."),
    ("international_transfer", "yes", "Our newsletter service uses servers in Europe, so your details may be used in those countries."),
    ("international_transfer", "yes", "We may use your personal data both in and outside Singapore."),
    ("international_transfer", "yes", "We may pass your details to partners in Ireland, France and Spain."),
    ("international_transfer", "yes", "Your details may be given to our overseas subsidiaries."),
    ("international_transfer", "not_mentioned", "You can export your data to a spreadsheet."),
    # round 194: a disclosure the law compels, with the verb inflected ("transferred", "released", "surrendered")
    # or "required otherwise by legal regulations"
    ("legal_disclosure", "required_by_law", "Member records may be transferred to other bodies if required by law."),
    ("legal_disclosure", "required_by_law", "Server logs may be surrendered to the police with a proper subpoena."),
    ("legal_disclosure", "required_by_law", "Member details will not be released to outside parties unless required otherwise by legal regulations."),
    ("legal_disclosure", "not_mentioned", "Where the law requires it, you have the right to be provided with a copy of your data."),
    # round 195: an age bar said "neither made nor targeted to children", "not aimed at anyone under", and
    # visitors under an age who "may not use" the site
    ("children", "not_directed_under", "The club's pages are neither made nor targeted to children under 16."),
    ("children", "not_directed_under", "This shop is not aimed at anyone under the age of 18."),
    ("children", "not_directed_under", "Visitors younger than 13 may not use the forum."),
    ("children", "parental_consent", "Users under 13 may not use the chat without a parent's permission."),
    # round 196: the way out of marketing said as the reader's wish ("should you wish not to receive", "if you no
    # longer wish to be contacted for marketing"), or "remove yourself from any mailing list"; beside a subscription the
    # reader chose, it does not make the messages opt-out
    ("marketing_opt_out", "opt_out", "Should you wish not to receive our promotional letters, please write to the club secretary."),
    ("marketing_opt_out", "opt_out", "The club may send you offers. Tell us if you no longer wish to be contacted for marketing purposes."),
    ("marketing_opt_out", "opt_out", "You will be given the chance to remove yourself from any mailing list we keep."),
    ("marketing_opt_out", "opt_in", "We send our newsletter only to members who sign up for it. If you no longer wish to receive the newsletter, write to us."),
    ("marketing_opt_out", "not_mentioned", "If you do not want cookies used for targeted advertising, change your browser settings."),
    # the messages said to need the reader's own step: "not put on a list without permission", "for advertising
    # purposes with your permission", "to receive the alerts you must register", "tick to say you would like to
    # be on our list"
    ("marketing_opt_out", "opt_in", "We will never place your address on a mailing list of ours without your permission."),
    ("marketing_opt_out", "opt_in", "Signing up for the bulletin means your e-mail is used for marketing purposes with your consent."),
    ("marketing_opt_out", "opt_in", "In order to receive the club newsletter, members need to fill in the form on the news page."),
    ("marketing_opt_out", "opt_in", "The order form lets you indicate that you want to be added to our mailing list."),
    ("marketing_opt_out", "opt_in", "If you register for our e-mail alerts, we will write to you when a new issue is out."),
    ("marketing_opt_out", "opt_in", "Should you desire to receive the weekly newsletter, give us your e-mail address."),
    # near miss: subscribing named only as a moment data is collected says nothing of how messages start
    ("marketing_opt_out", "not_mentioned", "We collect your name when you subscribe to a newsletter or answer a survey."),
    # the recipients named by their trade: list brokers and marketing organisations use a list for their own mailings
    ("shares_for_marketing", "yes", "Members' postal details may be passed to list brokers and similar firms."),
    ("shares_for_marketing", "yes", "The details you give may be disclosed to friendly groups and to marketing organisations."),
    # the sale of the business: the company as the deal's object, "some or all of our business", a successor in interest
    ("business_transfer", "yes", "If another firm acquires our business, it will hold the member records we keep."),
    ("business_transfer", "yes", "Member details may pass to the buyer if we sell some or all of our business."),
    ("business_transfer", "yes", "We may give member data to a successor in interest of the club."),
    # near miss: selling the club's own goods is no sale of the business
    ("business_transfer", "not_mentioned", "We sell some or all of our products through partner shops and keep your order details."),
    # the gathering said of the tracker itself, with no cookie named: an analytics product that gathers, outside firms
    # hired to measure visits, others gathering "directly from your visits", collecting "whenever their banners are shown"
    ("third_party_tracking", "yes", "Example Analytics gathers anonymous usage statistics for the site."),
    ("third_party_tracking", "yes", "We may engage outside firms to help us measure and analyze traffic on the site."),
    ("third_party_tracking", "yes", "Advertisers on the site may gather data directly from your visits to our pages."),
    ("third_party_tracking", "yes", "Ad networks may collect details about your device whenever their banners are shown on the site."),
    # near misses: outside firms hired for other work, the site's own gathering, its own analytics
    ("third_party_tracking", "not_mentioned", "We use outside firms to collect payments and ship orders."),
    ("third_party_tracking", "not_mentioned", "We collect information directly from your use of our site."),
    ("third_party_tracking", "not_mentioned", "Our analytics records which pages are opened most."),
    # a way out of messages or lists under a heading that names cookies is no refusal of cookies
    ("cookies", "yes", "## Cookies\n\nWe use cookies to remember your settings.\n\nIf you want to be removed from our mailing list, write to the help desk."),
    ("cookies", "yes", "## Cookies and your choices\n\nThe club sets cookies to keep you signed in.\n\nYou are free to opt out of our newsletter at any time."),
    # near misses: a refusal of the cookies themselves, beside a way out of e-mails or in browser settings
    ("cookies", "yes_can_refuse", "## Cookies\n\nWe use cookies to remember your settings.\n\nYou can delete them at any time, and you can unsubscribe from our e-mails too."),
    ("cookies", "yes_can_refuse", "## Cookies\n\nWe use cookies to remember your settings.\n\nYou may refuse them in your browser settings."),
    # consent as the exception to a refusal to share, said "after receiving your consent" or "upon your permission"
    (
        "shares_for_marketing",
        "with_consent",
        "Apart from the cases listed here, or after receiving your written consent, the club will not share member details with any other organisation.",
    ),
    ("shares_for_marketing", "with_consent", "We will not rent or share your details with other companies except upon your permission."),
    # near miss: a refusal with no consent in it
    ("shares_for_marketing", "no", "We will not share your details with other companies for their marketing."),
    # a no-sale promise scoped to some readers (those who asked to be removed) or to one kind of data said as the subject
    (
        "sells_data",
        "unclear",
        "A member who asks to have the account closed will have it removed, and we will not sell any personal data about that member afterwards.",
    ),
    ("sells_data", "unclear", "Subscribers' e-mail addresses are kept private by the club and will not be sold or given away."),
    # near misses: the promise covers personal data generally
    ("sells_data", "no", "We will not sell your personal information to anyone."),
    ("sells_data", "no", "Your name, e-mail address and other personal information will never be sold."),
    # sharing beyond the listed uses comes with a chance to refuse it: the reader's guarantee is a way out
    ("shares_for_marketing", "opt_out", "Beyond the uses listed above, we never share member data with others without also giving you a chance to opt out of it."),
    (
        "shares_for_marketing",
        "opt_out",
        "If details about you might go to other companies, you will be told first and will have an opportunity to choose not to share them.",
    ),
    # near misses: a refusal that needs permission; a choice about the company's own newsletter
    ("shares_for_marketing", "with_consent", "We will not share your details with other companies without your permission."),
    ("shares_for_marketing", "not_mentioned", "You will have an opportunity to choose not to receive our newsletter."),
    # "do not hesitate to" invites, it denies nothing
    ("contact", ("email",), "Please do not hesitate to contact us about your records at help@example.org."),
    ("access_and_deletion", ("delete",), "Do not hesitate to ask us to erase your account data."),
    # enquiries are questions; an address with its signs spelled in braces is still an address
    ("contact", ("email",), "Further enquiries should be made to help@example.org."),
    ("contact", ("email",), "Questions about this policy may be sent to privacy {at} example {dot} org."),
    # a form the company would collect through is no way to reach it
    (
        "contact",
        ("email",),
        "## Contact\n\nIf you complete one of our enquiry forms, we would ask for your consent before any other use."
        " Write to help@example.org with questions.",
    ),
    # near miss: a form offered for questions is a way to reach the company (a real denial still denies: the
    # "do not let users delete" case above)
    ("contact", ("web_form",), "If you have questions, please use our online contact form."),
    # messages kept: "the contents of your message", "we may retain those communications", "enquiries sent to our office"
    ("data_collected", ("contact", "content"), "If you write to us, we collect your e-mail address and the contents of your message."),
    ("data_collected", ("content",), "When you write to the club, we may retain those communications."),
    ("data_collected", ("content",), "Any enquiries sent to our office are kept on file."),
    # near misses: contact data alone; other members' posts the reader can read
    ("data_collected", ("contact",), "We collect your e-mail address when you join."),
    ("data_collected", "not_mentioned", "You can read the messages other members post in our blog."),
    # consent as one of the times data goes to others, said in other words: under a lead-in that "sends" the data,
    # the company named as the one that "has your express consent", "with users' prior consent", a lettered item,
    # "except in cases where one of the following applies: when ... consent", "to any other third party with your
    # prior consent"; and closed lists of sharing with no marketing in them ("except as provided in this policy",
    # "only in the following circumstances", "external companies") read as no
    ('shares_for_marketing', 'with_consent', 'Acme may send personal information about you to other companies when:\n\n* We have your consent to do so;\n* We need it to deliver an order you placed.'),
    ('shares_for_marketing', 'with_consent', 'Bravo will not disclose personal data gathered on this site except as set out below:\n\n1. when Bravo has your express consent\n2. when the law demands it'),
    ('shares_for_marketing', 'with_consent', "We may pass personal information on in these cases:\n\n* To firms that host our servers.\n* To any third party, with users' prior consent."),
    ('shares_for_marketing', 'with_consent', 'We will only disclose your personal information to third parties:\n\nb. where you have expressly given us your consent for a stated purpose;\n\nc. where the law requires it.'),
    ('shares_for_marketing', 'with_consent', 'Zeta will not hand over or disclose personal data to any third party, except in cases where one of the following applies: when the person concerned has given consent; when the law requires it.'),
    ('shares_for_marketing', 'with_consent', 'We do not share this data with outside parties except as needed to run the service. We may disclose personal data when the law requires it, to protect our rights, or to any other third party with your prior consent.'),
    ('shares_for_marketing', 'no', 'We will not sell or give your personal data to others except as provided in this policy.'),
    ('shares_for_marketing', 'no', 'We share your information with others only in the following circumstances:\n\n* With firms that run our servers.\n* When the law requires it.'),
    ('shares_for_marketing', 'no', 'Apart from outsourcing, we do not share any of your personally identifiable information with external companies.'),
    # guard: a denial of sharing for marketing outweighs consent as one of the times data goes to others
    ('shares_for_marketing', 'no', 'We will never rent or sell your personal information to third parties for marketing purposes.\n\nWe may send personal information about you to other companies when:\n\n* We have your consent to do so;\n* We need it to deliver the service you asked for.'),
    # the reader's credentials named outside a sentence about collecting: "login with your username and password",
    # "cookies can save your password", "an e-mail address and password"
    ('data_collected', ('account',), 'To see past orders, simply login with your username and password.'),
    ('data_collected', ('account',), 'Our cookies can save your password so you need not type it each time.'),
    ('data_collected', ('contact', 'account'), 'Each account is protected by an e-mail address and password chosen by the member.'),
    # guard: "log in" was read already (the word "log" is a collection verb)
    ('data_collected', ('account',), 'You can review your bookings when you log in using your username and password.'),
    # a way to correct said as what to do when the data held is wrong or has changed ("if any of the details we hold
    # are out of date, e-mail us", "if you notice that the records are incomplete", "when your details have
    # changed, send the new ones"), or as asking for updates
    ('access_and_deletion', ('correct',), 'If any of the details we hold about you are out of date, please e-mail the office.'),
    ('access_and_deletion', ('correct',), 'Should you find that the data we keep on you is wrong, let us know.'),
    ('access_and_deletion', ('correct',), 'Write to the club secretary if you notice that the records we keep about you are incomplete.'),
    ('access_and_deletion', ('correct',), 'When your contact details have changed, just send the new ones to our office.'),
    ('access_and_deletion', ('correct',), 'You may ask for updates to be made by phoning our office.'),
    # near misses: errors in the site's own pages, and changes to the policy
    ('access_and_deletion', 'not_mentioned', 'If you spot mistakes in our articles, please write to the editor.'),
    ('access_and_deletion', 'not_mentioned', 'You may request changes to this privacy policy by writing to us.'),
    # e-mail named as the way to reach the company: "let us know by e-mail", "simply by e-mailing the office", an
    # address spelled "privacy at example dot org"
    ('contact', ('email',), 'Questions about this notice? Let us know about them by e-mail.'),
    ('contact', ('email',), 'You can have your details corrected simply by e-mailing the membership office.'),
    ('contact', ('email',), 'For privacy questions write to privacy at example dot org.'),
    ('contact', ('email',), 'Privacy questions: write to privacy＠example.org'),
    # near misses: e-mail as how data comes in, and e-mail sent through a form
    ('contact', 'not_mentioned', 'We only hold what you give us when you register or by e-mailing us.'),
    ('contact', ('web_form',), 'You may ask us questions by e-mailing us using our contact form.'),
    # postal addresses outside the American forms: a postcode and city before a European country, a British
    # postcode, an Indian PIN after its city, a Dutch "Postbus" (the last two forms were read already in these cases)
    ('contact', ('postal',), '## Contact us\n\nExample GmbH, 80331 Munich, Germany'),
    ('contact', ('postal',), '## Contact us\n\nExample Ltd, Unit 4, London SW1A 2AA'),
    ('contact', ('postal',), '## Contact us\n\nExample Private Limited, Koramangala, Bengaluru 560034'),
    ('contact', ('postal',), '## Contact us\n\nExample BV, Postbus 1234, Utrecht'),
    # near miss: a number and a city in a sentence about staff, not an address
    ('contact', 'not_mentioned', '## Contact us\n\nOur 120 staff in Berlin, Germany, look after your data.'),
    # a telephone route in the world's number forms, or named as a way to reach the company without the number
    ("contact", ("phone",), "Privacy questions go to our help desk: 0161 496 0000."),
    ("contact", ("phone",), "Questions about privacy may be directed to (07) 5550 1234."),
    ("contact", ("phone",), "Questions about privacy: +91 11 44433544."),
    ("contact", ("phone",), "## Contact\n\nTel.: 089-41856017-0"),
    ("contact", ("phone",), "## Call us\n\n(555) 010-2030, Monday to Friday."),
    ("contact", ("phone",), "For any privacy question, simply telephone us during office hours."),
    ("contact", ("phone",), "You can contact us by phone at the number for your region."),
    # near misses: a fax number is no telephone route; calls the company receives are data, not a route
    ("contact", "not_mentioned", "Send questions to our office by fax at (415) 555-0100."),
    ("contact", "not_mentioned", "When you contact us by phone, we keep a note of the call."),
    ("contact", "not_mentioned", "We record the numbers you use to call our customer service number."),
    # access kept to a few, said as who may reach the data or where it cannot be reached from
    ("security", ("access_controls", "other_measures"), "## Security\n\nWe keep your records on secure servers that cannot be accessed from the internet."),
    ("security", ("access_controls",), "## Security\n\nOnly a few designated employees have access to your personal data."),
    ("security", ("access_controls",), "## Security\n\nStaff must have a legitimate business reason to obtain access to your details."),
    ("security", ("access_controls",), "## Security\n\nYour data can only be accessed by our support team."),
    # near misses: a provider's access limited to its task, and the reader's own password, are no access control
    ("security", "not_mentioned", "## Security\n\nOur partners only have access to the data needed to perform their services."),
    ("security", "not_mentioned", "## Security\n\nYou are responsible for keeping your unique password secret."),
    # the company's own offers named as what it tells the reader about, no way to stop them: raised, not answered
    ("marketing_opt_out", "unclear", "We may use your e-mail address to tell you about new products and services."),
    # near misses: others' offers, sharing so that others can offer, and messages about an order
    ("marketing_opt_out", "not_mentioned", "Our partners may contact you about offers."),
    ("marketing_opt_out", "not_mentioned", "We may share your details with affiliates so they can offer you products and services."),
    ("marketing_opt_out", "not_mentioned", "We will contact you about your order."),
    # a copy to take elsewhere, said as a transfer the reader asks for or as the format it comes in
    ("access_and_deletion", ("export",), "You may ask us to have your data transferred to another provider."),
    ("access_and_deletion", ("export",), "You can request your data in a commonly used format."),
    ("access_and_deletion", ("access", "delete"), "You have the right of access and erasure."),
    # near misses: a law's name, and a transfer in a merger, are no right of the reader's
    ("access_and_deletion", "not_mentioned", "Rights under the Health Insurance Portability and Accountability Act are described in our notice."),
    ("access_and_deletion", "not_mentioned", "If we merge with another company, your data may be transferred to a third party."),
    # a tracking service named by its brand: another company watches the visit, whatever else is said of it
    ("third_party_tracking", "yes", "We use Google Analytics with Advertising Features to understand our audience."),
    ("third_party_tracking", "yes", "Some pages use data collection devices (such as Hotjar) to see how visitors move around."),
    ("third_party_tracking", "yes", "The survey is run for the council by Nielsen/Net Ratings."),
    # near misses: the brand denied, and a person who shares a measurement company's name
    ("third_party_tracking", "not_mentioned", "We do not use Google Analytics."),
    ("third_party_tracking", "not_mentioned", "Our company was founded by Jane Nielsen."),
    # others said to work for the company by what they do for it, without "service provider"
    ("service_providers", "yes", "Your details may be passed to reputable third parties who will help process your order."),
    ("service_providers", "yes", "Information may be shared with third parties who are under contract to act for us."),
    ("service_providers", "yes", "We do not give your data to anyone except the providers of the payment processing."),
    # near miss: others who help the reader, not the company
    ("service_providers", "not_mentioned", "Our community of volunteers will help you learn the game."),
    # the reader's own credentials named, even in a denial: the service holds them either way
    ("data_collected", ("account",), "Cookies save time, so you need not type your password on every visit."),
    ("data_collected", ("account",), "Please never share your login with anybody."),
    ("data_collected", ("account",), "Cookies remember members passwords."),
    ("data_collected", ("account",), "Accounts are protected by a password chosen by the user."),
    # near misses: passwords that guard the company's own systems, or said of cookies in general
    ("data_collected", "not_mentioned", "Staff reach our databases only through password-protected access."),
    ("data_collected", "not_mentioned", "Passwords are never kept in cookies."),
    # outside firms the company says it uses, named by their kind, and the carriers that deliver the reader's order
    ("service_providers", "yes", "We engage outside contractors to print and mail our catalogue."),
    ("service_providers", "yes", "We may use an intermediary to run the prize draw."),
    ("service_providers", "yes", "Your address goes to the couriers that deliver your order."),
    # near misses: the use denied, and sellers who are not working for the company
    ("service_providers", "not_mentioned", "We do not use outside vendors."),
    ("service_providers", "not_mentioned", "Independent vendors sell their own products in our marketplace."),
    # ways to reach the company written around spam harvesters or cut by the archive, a contact link or feature named
    # as the route, and an Australian postal address
    ("contact", ("email",), "Questions? You can reach the editor at jo[at]example.org."),
    ("contact", ("email",), "If you have concerns, write a note to office@."),
    ("contact", ("web_form",), "For questions about privacy, please reach us through the Contact Us link on each page."),
    ("contact", ("web_form",), "Questions about privacy are answered through the contact us feature of the site."),
    ("contact", ("postal",), "Send your request to the address below.\n\nPost: Privacy Team, 4 Hill Road, Box Hill VIC 3128."),
    # near misses: a contact link through which the company collects details, and a law's year, not a postcode
    ("contact", "not_mentioned", "Should a user write through the Contact Us link, the club may ask for details such as a name."),
    ("contact", "not_mentioned", "This notice follows the Privacy Act 1988 as it applies in NSW 2000 onwards."),
    # the reader's rights said without "you can" before the verb: an opportunity offered, a removal from the database
    # asked for or offered, a right "to be updated if incorrect or deleted",
    # data disclosed to the reader on request, and changes the reader is asked to report
    ("access_and_deletion", ("access", "correct", "delete"), "Members are given the opportunity to review, modify and delete any personal data they gave us."),
    ("access_and_deletion", ("delete",), "The club gives members these choices for removing their information from our database."),
    ("access_and_deletion", ("delete",), "A member can ask that their details be deleted from our systems."),
    ("access_and_deletion", ("correct", "delete"), "Members have a right for the data held on the club to be updated if it is wrong or deleted if they choose."),
    ("access_and_deletion", ("access",), "The club will disclose personal information to the member upon his or her request."),
    ("access_and_deletion", ("correct",), "Please keep us up to date if your address changes."),
    # near misses: a period after which data goes, the company's own removal, and a mailing list left
    ("access_and_deletion", "not_mentioned", "Log files are deleted from our servers after 30 days."),
    ("access_and_deletion", "not_mentioned", "If we remove your details from our databases, your online account closes."),
    ("access_and_deletion", "not_mentioned", "We will take you off our mailing list if asked."),
    # measures said without "security measures": "industry-standard measures", "reasonable and appropriate measures",
    # measures to protect data from unauthorised access
    ("security", ("other_measures",), "The club follows industry-standard practices to keep member records secure."),
    ("security", ("other_measures",), "The club takes reasonable and appropriate measures to keep member records secure."),
    ("security", ("other_measures",), "The club has measures designed to protect member records against unauthorised use."),
    # near miss: an industry-standard encryption is encryption, no further measure
    ("security", ("encryption",), "Payments go through industry-standard SSL encryption to protect the card number."),
    # the reader may ask that the mailings stop, said without "opt out" or "unsubscribe"
    ("marketing_opt_out", "opt_out", "The club may use your details to tell you about its fundraising events. You may contact its office and request, in writing or by phone, not to be contacted for this purpose."),
    ("marketing_opt_out", "opt_out", "The club may send you news about its products. You can ask us at any time to stop sending you this information by writing to us."),
    ("marketing_opt_out", "opt_out", "The club will tell members about new products unless they choose not to receive such information."),
    # near miss: a request about something other than mailings
    ("marketing_opt_out", "not_mentioned", "Members may request not to be included in the printed directory of the club's staff."),
    # kept for the purposes it was given for or for record keeping, and deleted once a contest "or" a draw ends
    ("retention", "as_long_as_needed", "The club will keep your details to fulfil the purposes for which you gave them."),
    ("retention", "as_long_as_needed", "The club retains member data for recordkeeping and legal purposes."),
    ("retention", "as_long_as_needed", "Once the contest or prize draw is over, the club deletes the entries' details."),
    # near misses: data used, not kept, for its purposes; the club's own accounts
    ("retention", "not_mentioned", "The club uses your details only for the purposes for which you gave them."),
    ("retention", "not_mentioned", "The club keeps its own books for record keeping."),
    # a refusal to collect from children "without prior verifiable parental consent" is a consent rule, two adjectives
    # or one; said in the same sentence as "not directed to children", the consent is a detail of that refusal
    ("children", "parental_consent", "The club will never knowingly ask anyone under the age of 13 for personal details without prior verifiable parental consent."),
    ("children", "not_directed_under", "The club's pages are not directed to children, and it does not knowingly collect details from anyone under 13 without prior verifiable parental consent."),
    # round 231: contractors said in other words: the exception after a no-sharing promise ("this does not include
    # trusted third parties who assist us"), unaffiliated companies used to help, services employed or an agency
    # commissioned in the passive, a third-party service used to manage the work, a payment processed through a
    # third-party system when the site is named elsewhere in the sentence
    ("service_providers", "yes", "The club does not pass on your details. This does not include trusted third parties who assist us in running our website, so long as they keep them confidential."),
    ("service_providers", "yes", "The club may use unaffiliated companies to help it maintain and operate its website."),
    ("service_providers", "yes", "The services of a third party may be employed to help the club with mailing and research."),
    ("service_providers", "yes", "An agency has been commissioned to provide a service that improves the club's pages."),
    ("service_providers", "yes", "The club uses a third-party platform to manage membership applications."),
    ("service_providers", "yes", "If you pay through the website, your payment will be processed through a secure third-party payment system."),
    # near misses: a refusal to share with helpers stays a refusal; the club's own server is no contractor
    ("service_providers", "not_mentioned", "The club does not share details with trusted third parties who assist us in running our website."),
    ("service_providers", "not_mentioned", "Payments are processed through our own secure server."),
    # round 232: others tracking through the site, said without an advertising word: cookies "placed by a third-party
    # service provider", beacons "provided by our partner", third parties allowed to collect from the reader's
    # activity, an analytics system provided by outside providers, a partner that measures how visitors use the site,
    # web metrics services, providers that "utilize their own cookies"
    ("third_party_tracking", "yes", "Some cookies on the club's pages may be placed by a third-party service provider who performs these functions for it."),
    ("third_party_tracking", "yes", "The club uses web beacons and cookies provided by its partner on these pages."),
    ("third_party_tracking", "yes", "The club may allow third parties to collect personal details from your activity on its website."),
    ("third_party_tracking", "yes", "The club's pages have an analytics system provided by third-party providers."),
    ("third_party_tracking", "yes", "The club uses the services of an online partner to help it measure how visitors use its pages."),
    ("third_party_tracking", "yes", "The club uses web metrics services to follow activity on its pages."),
    ("third_party_tracking", "yes", "Some companies the club engages may also utilize their own cookies."),
    # near misses: the club's own server, and the reader's browser, are not others tracking
    ("third_party_tracking", "not_mentioned", "The club's session cookies are set by its own server."),
    ("third_party_tracking", "not_mentioned", "Cookies are provided by your browser and stay on your computer."),
    # round 233: safeguards said as a duty put on others ("third parties are required to protect personal
    # information", "contractors are held to strict policies to safeguard it", "we require the third party to take
    # adequate precautions to protect it"), and sign-in as a control: the reader's access "protected by a user name and
    # a password", "a username and password which is required to access the account"
    ("security", ("other_measures",), "Every third party the club shares details with is required to protect them as the club does."),
    ("security", ("other_measures",), "The club's contractors are held to strict policies to safeguard the information."),
    ("security", ("other_measures",), "The club contractually requires the third party to take adequate precautions to protect the details."),
    ("security", ("access_controls",), "Your access to parts of the club's pages may be protected by a user name and a password."),
    ("security", ("access_controls",), "Each member gets a username and password which is required to access the member area."),
    # near miss: the reader's own access to a page, with nothing protecting it, is no control
    ("security", "not_mentioned", "Your access to parts of the club's pages may be limited while they are rebuilt."),
    # round 234: the reader's rights said in other words: "will be given access to it", "receive information on the
    # personal information we have stored", "requests to access data", "have us delete", "initiate the deletion",
    # "implement the necessary corrections"
    ("access_and_deletion", ("access",), "Upon request, you will be told how your details are used and will be given access to it."),
    ("access_and_deletion", ("access",), "Upon request, you may receive information on all personal information we have stored about you."),
    ("access_and_deletion", ("access",), "Requests to access data collected by the club's pages may be made to the membership officer, who will reply to you."),
    ("access_and_deletion", ("delete",), "Write to the club to have us delete any record we hold about you."),
    ("access_and_deletion", ("correct", "delete"), "On your instruction, the club will initiate the deletion of your details or implement the necessary corrections."),
    # near misses: the club's staff having access, and news about its products, are no right of the reader's
    ("access_and_deletion", "not_mentioned", "Only the club's staff have access to it."),
    ("access_and_deletion", "not_mentioned", "You can receive information about the club's events by post."),
    # round 235: false rights. The reader using the site ("whenever you access the service"), the company's own access
    # control ("only authorized staff are able to access the data") and the company making changes to its policy or
    # site ("when we make changes we deem material") give the reader no right; changes made to the reader's information
    # at their request still do, and "you can obtain all your personal information" is access
    ("access_and_deletion", "not_mentioned", "Whenever you access the club's pages, its servers log your browser type and the details of your visit."),
    ("access_and_deletion", "not_mentioned", "Only authorized users of the club's systems are able to access the data it collects and stores."),
    ("access_and_deletion", "not_mentioned", "When we make changes we deem material, we will tell you by e-mail."),
    ("access_and_deletion", ("correct",), "We will make any changes to that information at your request."),
    ("access_and_deletion", ("access",), "You can obtain all your personally identifiable information that the club keeps by writing to its secretary."),
    # round 236: an age limit for one activity ("you must be 18 or above to enter" a contest or survey) raises the topic
    # without giving the site's rule on children (the settlements' line); a rule for the whole site still wins
    ("children", "unclear", "Demographic details (such as age level; note that you must be 18 or above to enter) may be asked in our contests."),
    ("children", "unclear", "To take part in our prize draws you must be at least 16."),
    ("children", "not_directed_under", "The club's pages are not directed to children under 13. To enter a contest you must be at least 18."),
    # advertisers among the recipients a sentence lists, for advertising: the service providers beside them do not make the
    # sharing theirs; advertising named among the purposes ("other business purposes, including marketing")
    ("shares_for_marketing", "yes", "The station may give your details to outside parties, such as vendors, consultants and advertisers, for many purposes, including interest-based advertising across sites."),
    ("shares_for_marketing", "yes", "The club may share the information about you with advertisers and service providers that run ad services for it, so that the ads you see suit you."),
    ("shares_for_marketing", "yes", "The charity may share your personal details with partners, sponsors and other third parties for other business purposes, including marketing."),
    ("shares_for_marketing", "not_mentioned", "The station may give aggregated figures to vendors, consultants and advertisers for its advertising reports."),
    ("shares_for_marketing", "no", "The club never passes your details to vendors or advertisers for advertising."),
    # the reader asking that their data not be used for marketing, or not to receive it; not a service message, nor
    # a refusal of tailored ads
    ("marketing_opt_out", "opt_out", "Members may ask that the details they give us are not to be used for promotional mailings."),
    ("marketing_opt_out", "opt_out", "Whoever asks not to receive telemarketing calls is put on the club's do-not-call list."),
    ("marketing_opt_out", "opt_out", "On the form you can indicate that you do not want your address used by anyone for marketing."),
    ("marketing_opt_out", "not_mentioned", "You may ask not to receive targeted advertising based on your browsing."),
    # data removed once its use is done, an adverb before the verb; disposal when the need has gone; not the reader
    # deleting an account they no longer need
    ("retention", "as_long_as_needed", "Once the purpose is met, the survey data is promptly erased from the club's servers."),
    ("retention", "as_long_as_needed", "When the council no longer has a need to hold your records, it will dispose of them securely."),
    ("retention", "not_mentioned", "When you no longer need the newsletter, you can delete your subscription yourself."),
    # data handed to the police with no legal duty named; a legal duty in the sentence keeps it `required_by_law`
    ("legal_disclosure", "broad", "The registrar may share a member's account details with police officers as it sees fit in each case."),
    ("legal_disclosure", "broad", "The shop may release the records of a customer who threatens staff to local police."),
    ("legal_disclosure", "required_by_law", "The shop may disclose customer information to police officers when required by law."),
    # changes to the policy put on the site, said actively or as "communicated through our website"; not changes to
    # something else
    ("policy_changes", "posted_on_site", "The charity keeps its privacy statement under review and will place any updates on this webpage."),
    ("policy_changes", "posted_on_site", "If this privacy notice is revised, the club will make the relevant changes here."),
    ("policy_changes", "not_mentioned", "The shop will place any updates on this webpage about its opening hours."),
    # data handed to others so that the reader's order or payment can be carried out, even under a refusal; not data
    # the reader gives, nor the reasons a bank's model notice lists
    ("service_providers", "yes", "When members buy from the club shop, the club may pass their address on to an outside firm in order to ship their purchases."),
    ("service_providers", "yes", "The store never discloses customer details, except where it must disclose them to complete a customer's order."),
    ("service_providers", "yes", "Sometimes we have to transfer your card number in order to process your payment."),
    ("service_providers", "not_mentioned", "Customers provide their card number and address to complete the order."),
    ("service_providers", "not_mentioned", "Reasons we can share: for our everyday business purposes such as to process your transactions."),
    # a part of the business sold off, named by what it is, or the site bought by another; not a company's own goods
    ("business_transfer", "yes", "Should the firm sell one of its divisions, the customer records of that division may go to the buyer."),
    ("business_transfer", "yes", "If the club ever sells part of its business, member details may be handed over with it."),
    ("business_transfer", "yes", "If this website is bought by another publisher, your account information will pass to the new publisher."),
    ("business_transfer", "not_mentioned", "The firm sells product lines for gardeners and uses your details to send your order."),
    # the company saying it takes no measure ("we do not use an SSL certificate"), or that it cannot promise complete
    # protection or safety from intrusion further along a long sentence; a measure beside a denial still counts
    ("security", ("no_guarantee",), "The forum does not take any special security measures for the posts it stores."),
    ("security", ("no_guarantee",), "The shop does not use an SSL certificate on its order pages."),
    ("security", ("no_guarantee",), "We cannot guarantee you complete protection of the files you upload."),
    ("security", ("no_guarantee",), "We cannot guarantee that anything you send us, whether it is in transit across the networks of many providers or kept on our servers or in our offices, will be safe from intrusion."),
    ("security", ("encryption",), "The shop does not use encryption for its newsletter, but payments are sent over SSL."),
    # data handed to recipients said to be abroad or foreign; not a refusal, nor partners abroad with no data handed
    ("international_transfer", "yes", "The club may share members' details with the partners listed below, including those abroad."),
    ("international_transfer", "yes", "Booking details may be given to domestic and foreign companies that carry you."),
    ("international_transfer", "not_mentioned", "The club never passes members' details to foreign companies."),
    ("international_transfer", "not_mentioned", "The shop works with makers around the world to bring you unusual gifts."),
    # the police as the subject who may get at the data, no legal duty named; with a court order it is the law's
    ("legal_disclosure", "broad", "Where fraud is suspected, police forces may obtain the records the shop holds about you."),
    ("legal_disclosure", "required_by_law", "Police forces may obtain the records the shop holds about you where we are required by law to disclose them."),
    # refusing cookies said around them rather than with a refusing verb before them; not cookies managed by staff
    ("cookies", "yes_can_refuse", "The shop sets cookies, and cookies can be configured in the settings of the web browser you use."),
    ("cookies", "yes_can_refuse", "The forum sets cookies. To read how to disable them, see the forum's cookie page."),
    ("cookies", "yes_can_refuse", "The club uses cookies. If you prefer not to have your computer accept cookies, some pages may look different."),
    ("cookies", "yes_can_refuse", "The club uses cookies; if your device does not accept cookies, the members' area will not open."),
    ("cookies", "yes", "The shop uses cookies, which can be managed only by our technical staff."),
    # the policy itself said to be brought up to date, or to be reviewed on a regular basis; not the reader's own
    # changes, nor the right to change it alone
    ("policy_changes", "posted_on_site", "The club's privacy statement will be revised whenever its practices change."),
    ("policy_changes", "posted_on_site", "The council keeps this notice under periodic review and updates it as needed."),
    ("policy_changes", "posted_on_site", "Members should read this privacy policy on a regular basis."),
    ("policy_changes", "no_notice", "The club may change this privacy statement at any time."),
    # contractors named by the work they help with: "companies assisting us in fraud prevention", "those who help it
    # provide its services", "other parties processing personal data", "by a third party on the club's behalf";
    # a refusal of them is no use of them
    ("service_providers", "yes", "The shop may pass order details to other companies assisting us in fraud checks."),
    ("service_providers", "yes", "The club discloses member records to those who help it run its events, such as printers and caterers."),
    ("service_providers", "yes", "Order data goes to banks and other parties processing personal data for deliveries."),
    ("service_providers", "yes", "Membership records may be kept by a third party on the club's behalf."),
    ("service_providers", "not_mentioned", "We never pass your details to other companies assisting us in marketing."),
    ("service_providers", "not_mentioned", "You may ask someone to act on your behalf when you contact us."),
    # tracking said of what the technology lets others do, of who serves the ads, or of advertisers gathering about
    # the reader; a denial, or the site's own ads and cookies, are no tracking by others
    ("third_party_tracking", "yes", "Our web beacons let advertisers collect the address of the computer that views the page."),
    ("third_party_tracking", "yes", "The network hired to serve our ads may set or read a cookie on your browser."),
    ("third_party_tracking", "yes", "Be aware that sponsors of the contests may gather data about you."),
    ("third_party_tracking", "yes", "Anyone who clicks on the banner ads here should assume information is being collected about them."),
    ("third_party_tracking", "not_mentioned", "Advertisers never collect information about you on our site."),
    ("third_party_tracking", "not_mentioned", "We choose the ads ourselves and no information is collected about you."),
    ("third_party_tracking", "not_mentioned", "The system we use to serve ads and count visits relies on cookies."),
    # a form named with its label in quotes, or the address of a contact page given as the way to reach the company
    ("contact", ("web_form",), "Please use the 'contact us' form on our site for questions about this policy."),
    ("contact", ("web_form",), "If you have any questions, reach us at https://example.org/help/contact-us/ and we will answer."),
    ("contact", ("web_form",), "Send us a short description of the problem at http://example.net/feedback.html."),
    ("contact", "not_mentioned", "Our sister site example.net publishes its own policy at https://example.net/contact-policy/ for its readers."),
    # safeguards said without "security" or "access": staff who need the data, a sign-in so that others cannot see
    # it, blocking after failed log-in attempts, passwords kept as a one-way hash
    ("security", ("access_controls",), "The file is shown only to the clinic's staff who need it to answer you."),
    ("security", ("access_controls",), "To prevent others from seeing your orders, the shop asks you to sign in first."),
    ("security", ("access_controls",), "Accounts are locked after five failed login attempts."),
    ("security", ("encryption",), "Passwords are kept only as a one-way hash."),
    ("security", "not_mentioned", "Staff who need it can ask the office for a parking permit."),
    # others' own marketing said as what they will do with the reader's address: partners who "may e-mail members
    # with their offers", an address given "for the purpose of contacting you with news about products"; a
    # hypothetical inside an explanation of preferences is no sharing
    ("shares_for_marketing", "yes", "Selected partners may e-mail members with special offers from time to time."),
    ("shares_for_marketing", "yes", "We sometimes give your postal address to other publishers for the purpose of contacting you with news about new publications."),
    ("shares_for_marketing", "not_mentioned", "If you tell us once that third parties may contact you with offers and later that they may not, we follow the later choice."),
    # rights said without "access", "correct" or "delete" as a verb the reader uses: data that "may be requested for
    # deletion", a request for "details of your personal information", the company that will "inform you of any
    # personal data we hold", and requests "for disclosure, correction, additions or deletion"
    ("access_and_deletion", ("delete",), "Personal details given to the club may be requested for deletion at any time."),
    ("access_and_deletion", ("access",), "A member may request details of the personal data the club holds."),
    ("access_and_deletion", ("access",), "We will gladly inform you of any personal data that we hold about you."),
    ("access_and_deletion", ("access", "correct", "delete"), "We answer requests for disclosure of and/or amendments, additions and/or deletions to your personal information."),
    ("access_and_deletion", "not_mentioned", "Orders may be requested for delivery on any weekday."),
    # parental consent the company would seek only if it changed its practices, and advice that children ask their
    # parents first, are no consent process; a refusal written "won't knowingly allow" still bars children
    ("children", "not_directed_under", "The site is not aimed at children under 13. Should we change our practices, we will obtain verifiable parental consent before collecting anything from children."),
    ("children", "not_directed_under", "We won't knowingly allow anyone under 13 to give us their details."),
    ("children", "parental_consent", "Members under 13 may join only after we receive verifiable parental consent."),
    # kept for one use only, or kept "if necessary in order to" settle disputes: tied to a need; the right to keep
    # something "if required by law" is no statement of how long data is kept
    ("retention", "as_long_as_needed", "The shop stores a friend's e-mail address only for the sole purpose of sending the one gift card."),
    ("retention", "as_long_as_needed", "The club does not store or use this information other than to answer the question you asked."),
    ("retention", "as_long_as_needed", "The club will retain and use member details if necessary in order to resolve disputes."),
    ("retention", "not_mentioned", "The club reserves the right to archive posts and to disclose them if required to do so by law."),
    # an age bar said as what the reader must be, whom the site is open to, or whom it prohibits; an age limit for a
    # contest stays a contest's rule
    ("children", "not_directed_under", "You must be older than 13 years old to use our apps."),
    ("children", "not_directed_under", "The service is available only to individuals age 21 and older."),
    ("children", "not_directed_under", "The forum is intended for individuals 18 years of age or older."),
    ("children", "not_directed_under", "Children younger than 13 are expressly prohibited from posting anything on the site."),
    ("children", "not_directed_under", "If you are under age 13, please do not register or send us anything."),
    ("children", "unclear", "You must be at least 18 to enter the contest."),
    # disclosure the law merely allows, or made on request rather than under compulsion, is broad
    ("legal_disclosure", "broad", "The club may disclose member details if required or permitted to do so by law."),
    ("legal_disclosure", "broad", "The club discloses details only in accordance with the law or at the request of legal authorities."),
    ("legal_disclosure", "broad", "The host will cooperate fully with law enforcement agencies."),
    ("legal_disclosure", "not_mentioned", "We never disclose data upon lawful request."),
    # consent named only in what happens after a child's data is found (deleted, or consent sought then) is no consent
    # process: the refusal stands
    ("children", "not_directed_under", "The site is not directed to children under 13. If we learn that a child under 13 has sent us details, we will delete them or obtain verifiable parental consent."),
    ("children", "not_directed_under", "The site is not intended for children under 13. If a child sent us details without parental or guardian consent, the parent should contact us to remove them."),
    # the company's street address names a country but is not where the data goes
    ("international_transfer", "not_mentioned", "The club's offices are located at 12 Harbour Road, Cork, Ireland, and open on weekdays."),
    ("international_transfer", "yes", "Member records are stored on servers located in Canada."),
    # round 262: consent said as what must happen first ("unless the member has approved", "unless we first receive
    # your permission", "unless prior permission is given", "without your knowledge and consent")
    ("shares_for_marketing", "with_consent", "The club will not pass on member details to other companies unless the member has approved the release."),
    ("shares_for_marketing", "with_consent", "The club will not share your details with third parties unless (i) we first receive your permission, or (ii) the law requires it."),
    ("shares_for_marketing", "with_consent", "Member details will not be distributed or otherwise shared outside the club, unless prior permission is given."),
    ("shares_for_marketing", "with_consent", "The club will never disclose member details to any third party without your knowledge and consent."),
    # disclaimers that deny a warranty or a responsibility are no promise about sharing
    ("shares_for_marketing", "not_mentioned", "Neither the club nor any third parties provide any warranty as to the accuracy of the information on this site."),
    ("shares_for_marketing", "not_mentioned", "The club is not responsible for any details that you provide directly to these third parties."),
    ("shares_for_marketing", "not_mentioned", "The club cannot guarantee that your personal information will never be disclosed to third parties in a way this notice does not describe."),
    ("shares_for_marketing", "no", "The club will never share your personal details with third parties."),
    # round 263: the parent named through the child ("consent from that child's parent", "the consent of that person's
    # parent or guardian"): a consent rule, not a refusal
    ("children", "parental_consent", "The club will not knowingly collect details from a child under 13 without first obtaining consent from that child's parent."),
    ("children", "parental_consent", "The club will not knowingly register any child under the age of 13 without the prior verifiable consent of that person's parent or guardian."),
    # round 264: the general rule for the reader's data tied to its purpose outweighs a period said for one kind of
    # data; a period in the same sentence still makes it a stated period; keeping copies "indefinitely" outweighs
    # any period; cookies that last indefinitely, or data deleted permanently, are not data kept forever
    ("retention", "as_long_as_needed", "The club will hold your personal information for as long as is necessary for the relevant service. Web server logs are deleted after 7 days."),
    ("retention", "stated_period", "The club keeps your personal data for as long as you have an account and for six years after that."),
    ("retention", "indefinitely", "Web server logs are deleted after 30 days. The club may keep copies of your details indefinitely for its archives."),
    ("retention", "not_mentioned", "Persistent cookies remain on your device indefinitely until deleted."),
    ("retention", "not_mentioned", "If a claim holds up, the club always removes the photos permanently."),
    # round 265: the changes shown on the site said in other words ("will be noted here", "by updating this page",
    # "by updating the Effective Date", "without notice other than appearing on the website", "when we make the revised
    # Privacy Policy available"): posted, even beside "without notice"
    ("policy_changes", "posted_on_site", "The club may change this statement periodically without notice. Changes to our members' Privacy Statement will be noted here."),
    ("policy_changes", "posted_on_site", "The club may change this policy from time to time by updating this page."),
    ("policy_changes", "posted_on_site", "We will tell you of such changes by updating the Effective Date at the top of this Privacy Policy."),
    ("policy_changes", "posted_on_site", "The Privacy Policy may change from time to time, without notice other than appearing on the club's website."),
    ("policy_changes", "posted_on_site", "Any changes to this Privacy Policy take effect when we make the revised Privacy Policy available through the Services."),
    ("policy_changes", "posted_on_site", "Please revisit this page to stay aware of any changes."),
    ("policy_changes", "no_notice", "The club may change this policy at any time without notice."),
    # round 266: outsiders bound to keep the reader's data confidential work for the company; a firm named by the
    # processing it does for the company
    ("service_providers", "yes", "The club shares member details with trusted third parties who are obligated to maintain the confidentiality of that information."),
    ("service_providers", "yes", "The club may also disclose member information to third parties strictly on confidential terms."),
    ("service_providers", "yes", "To sell tickets the club uses a third party order processing company."),
    ("service_providers", "not_mentioned", "The club is not required to keep information about third parties confidential."),
    # round 267: "country" as a form field, what is illegal in the reader's country, a court order from any country,
    # a company's registration, data "outside the direct control" of the company, a government department the site
    # belongs to and a link for readers "if located in the EU" are no transfer abroad
    ("international_transfer", "not_mentioned", "During the registration process the club asks for your gender, age, occupation and country."),
    ("international_transfer", "not_mentioned", "Sharing copyright-protected files might be illegal in your country."),
    ("international_transfer", "not_mentioned", "The club may store member details in locations outside the direct control of the club, such as servers co-located with a hosting company."),
    ("international_transfer", "not_mentioned", "The club is a private company registered under the chamber of commerce number 70938105 in Amsterdam, The Netherlands."),
    ("international_transfer", "not_mentioned", "We will disclose details when we believe it is necessary to comply with a court order or other legal process brought in any country."),
    ("international_transfer", "not_mentioned", "This site is maintained as a public service by our agency, a component of the U.S. Department of Health."),
    ("international_transfer", "not_mentioned", "To opt out of interest-based ads click here (or if located in the European Union click here)."),
    ("international_transfer", "yes", "Your details may be processed in other countries where the laws may be less strict than the laws in your country."),
    # round 268: the law's demand said in other words ("may be required in some cases to disclose ... to law
    # enforcement", "forced to disclose ... to the government", "required to do so by legal, judicial or governmental
    # proceedings", "required by the law", records "accessible to law enforcement agencies with a court order"); and
    # grounds the company weighs itself ("for reasons of national security ... or other issues of public importance")
    ("legal_disclosure", "required_by_law", "The club may be required in some cases to disclose member details to law enforcement agencies."),
    ("legal_disclosure", "required_by_law", "The club may be forced to disclose member details to the government."),
    ("legal_disclosure", "required_by_law", "The club will not share member details unless required to do so by legal, judicial or governmental proceedings."),
    ("legal_disclosure", "required_by_law", "Member records are accessible to law enforcement agencies with a court order."),
    ("legal_disclosure", "broad", "The club may disclose member details if it decides this should be done for reasons of national security or other issues of public importance."),
    # round 269: the data going to whoever takes the business over, named by that part ("successors in business and
    # purchasers of Site assets", "any entity which takes over or acquires", "any organisation into which it may
    # merge"); a marketplace's buyer of an item is no such party
    ("business_transfer", "yes", "The club may transfer member information to its successors in business and purchasers of club assets."),
    ("business_transfer", "yes", "The club may disclose member information to any entity which takes over or acquires the club."),
    ("business_transfer", "yes", "The club reserves the right to supply any such information to any organisation into which it may merge."),
    ("business_transfer", "not_mentioned", "We share your order details with the buyer of the item."),
    # round 270: a parent's approval or agreement asked for ("the approval of a parent", "the parents' agreement"); a site
    # used only by adults, or by readers "at least the age of majority", unless minors may use it on a parent's consent
    ("children", "parental_consent", "If you are under 18, you must obtain the approval of a parent or guardian before you send us your details."),
    ("children", "parental_consent", "If a member is under 13 we strongly recommend having the parents' agreement before joining the newsletter."),
    ("children", "not_directed_under", "The club intends its services to be used only by adults."),
    ("children", "not_directed_under", "By using this site, you represent that you are at least the age of majority where you live."),
    ("children", "parental_consent", "By using this site, you represent that you are at least the age of majority, or that you are a minor with consent from a parent or guardian."),
    # round 271: one kind of data kept for ever (what the reader posts, "other data", statistics) is the answer only
    # when no general rule is found; "as long as needed, which may be indefinitely" is tied to its purpose; data
    # "permanently expunged", files saved "permanently" on the reader's hard drive, are not data kept for ever
    ("retention", "as_long_as_needed", "The club keeps member details until you delete them. The club may keep other data indefinitely."),
    ("retention", "as_long_as_needed", "The club keeps member details as long as you have an account. Forum postings may be retained forever."),
    ("retention", "indefinitely", "Forum postings may be retained forever."),
    ("retention", "as_long_as_needed", "The club may store what it collects for as long as needed for the purposes of this policy, which may be indefinitely."),
    ("retention", "not_mentioned", "When you close your account, your details held by the club will be permanently expunged from its servers."),
    ("retention", "not_mentioned", "These small files are stored, temporarily or permanently, on your hard drive."),
    # round 272: marketing sent on the reader's consent said in other words (the consent first, then what is sent;
    # messages called opt-in; the company asking for consent to send offers): opt-in, however the reader stops them
    ("marketing_opt_out", "opt_in", "Club offers: if you have agreed in advance, we send you news of our promotional offers. You can unsubscribe at any time."),
    ("marketing_opt_out", "opt_in", "The club newsletter is strictly opt-in. Every issue has an unsubscribe link."),
    ("marketing_opt_out", "opt_in", "The club asks for your permission to send you marketing e-mails."),
    ("marketing_opt_out", "opt_out", "The club asks for your permission to share your details with partners for marketing. You can unsubscribe from club e-mails at any time."),
    # round 273: the opt-in named in more forms ("an opt-in choice to receive e-mail newsletters", "for those who have
    # opted-in, marketing communications", "communications will be opt-in", "(opt-in)", "do not opt in for those
    # communications"); an opt-in for sharing, for messages from other members or for push notifications is not one
    ("marketing_opt_out", "opt_in", "Members are given an opt-in choice to receive e-mail newsletters when they register. Every newsletter has an unsubscribe link."),
    ("marketing_opt_out", "opt_in", "The club sends service messages to all members, and, for those who have opted-in, marketing communications. You can unsubscribe at any time."),
    ("marketing_opt_out", "opt_in", "All communications from the club will be opt-in. You can unsubscribe at any time."),
    ("marketing_opt_out", "opt_in", "You can choose to receive the club's offers when you register (\"opt-in\"). You can unsubscribe at any time."),
    ("marketing_opt_out", "opt_out", "The club shares member details with other firms for their marketing only with your consent (opt-in). You can unsubscribe from club e-mails at any time."),
    ("marketing_opt_out", "not_mentioned", "You may opt in to receive push notifications about new messages from other members."),
    # round 274: data kept for a while with no time said ("deleted after a certain amount of time", "recorded for a
    # limited period of time", "retained on a temporary basis", "stored for archival purposes", "scheduled for regular
    # destruction"): the topic raised, not answered; a period said is still a period
    ("retention", "unclear", "The club may adopt a policy under which member details are deleted after a certain amount of time."),
    ("retention", "unclear", "Web server logs are retained on a temporary basis and then deleted."),
    ("retention", "unclear", "The club also stores the e-mails it receives for archival purposes."),
    ("retention", "unclear", "Raw data logs are scheduled for regular destruction in line with the archive's schedules."),
    ("retention", "stated_period", "IP addresses are kept for a limited period of time, at most 30 days."),
    # round 275: the notice that is a posting ("notify you by prominently posting notice", "you will be notified by our
    # posting of a prominent notice"), and a pointer to the policy's section on changes, are no direct notice; a posting
    # and an e-mail together still are
    ("policy_changes", "posted_on_site", "If the club makes material changes to how it uses member details, it will notify you by prominently posting a notice on its home page."),
    ("policy_changes", "posted_on_site", "If the club makes any material change to this policy, members will be notified by our posting of a prominent notice on all club websites."),
    ("policy_changes", "posted_on_site", "If the club is sold, it will notify you of such an occurrence as described in the Changes to This Policy section below. Changes to this policy are posted on this page."),
    ("policy_changes", "direct_notice", "If this policy changes, the club will notify you by posting the new policy here and by sending you an e-mail."),
    # round 276: a parent's request to delete a child's data, said without an age ("your child's information", "under
    # the age of thirteen (13)"), and being taken off a mailing list, delete nothing of the reader's own data
    ("access_and_deletion", "not_mentioned", "To request the removal of your child's information, please e-mail the club."),
    ("access_and_deletion", "not_mentioned", "A parent of a child under the age of thirteen (13) may request deletion of that child's details."),
    ("access_and_deletion", "not_mentioned", "If you ask us to remove your name and address from our promotional lists, we will keep your name in a do-not-contact file."),
    ("access_and_deletion", ("delete",), "You may ask the club to delete your personal information at any time."),
    # round 277: data kept for ever within one feature ("in the case of the photo contest, entries may be kept
    # permanently") is the answer only when no general rule is found, as round 271's kinds of data
    ("retention", "stated_period", "In the case of the photo contest, entries may be kept permanently. Member details are deleted six months after the membership ends."),
    ("retention", "indefinitely", "In the case of the photo contest, entries may be kept permanently."),
    # no measure named, only an effort or a disclaimer: "no representations as to the security", "every reasonable
    # effort to ensure that what you send is kept secure" (the effort's aim further from its verb)
    ("security", ("no_guarantee",), "The club makes no representations as to the security of what members send through the site."),
    ("security", ("no_guarantee",), "The club will take every reasonable effort to ensure that all of the personal details members submit to it are maintained secure on its server."),
    # near miss: a named measure beside the disclaimer is the answer (no_guarantee is for when none is named)
    ("security", ("encryption",), "Payments are encrypted, but we make no representations as to the security of e-mail."),
    # disclosure beyond what the law compels: on an agency's request, for a government inquiry, in litigation, for
    # "legitimate business reasons" or "other legal purposes", to "protect or defend a legal interest"
    ("legal_disclosure", "broad", "The club releases members' records when a court orders it or when requested by a government agency."),
    ("legal_disclosure", "broad", "We will not disclose member data unless the law requires it or it is pertinent to a governmental investigation."),
    ("legal_disclosure", "broad", "Details may be passed on to authorities where the law demands it, and for legitimate business reasons."),
    ("legal_disclosure", "broad", "We release records to comply with a court order, or in order to protect or defend a legal interest of the club."),
    ("legal_disclosure", "broad", "No data is shared unless the law requires it, in conjunction with a government inquiry, or in litigation."),
    # near misses: compulsion only, and a business reason for using data that discloses nothing
    ("legal_disclosure", "required_by_law", "We disclose data only when required by law, such as in response to a subpoena."),
    ("legal_disclosure", "not_mentioned", "We keep your order history for legitimate business reasons."),
    # a notice of changes that is no promise to tell the reader: only "where required by law", only "our best", the
    # posting itself "to notify you", a page of the site named as the channel, or the site offered as the other way
    ("policy_changes", "posted_on_site", "When we change this notice, we will inform members of the change where required by law. Any new version of this notice will be posted on this page."),
    ("policy_changes", "posted_on_site", "When our practices change, the club will post the new notice on its website to notify members of the changes."),
    ("policy_changes", "posted_on_site", "If we change this policy, we will do our best to notify you of any important changes. The latest version is kept on this page."),
    ("policy_changes", "posted_on_site", "We may amend this notice from time to time; when we do, we will notify you via our help centre page."),
    ("policy_changes", "posted_on_site", "If this policy changes, we will tell you by e-mail, or the change will be announced on its website."),
    # near miss: an e-mail promised beside the posting is direct notice
    ("policy_changes", "direct_notice", "If this policy changes, we will e-mail you before the change takes effect and post the new policy on our site to notify you."),
    # consent as one item of a closed list of the times data is shared, the sharing verb in the lead-in
    ("shares_for_marketing", "with_consent", "We share personal information with other companies only in the following cases:\n\n- We have your consent.\n- The law requires it."),
    ("shares_for_marketing", "with_consent", "The club passes on members' details to outside bodies only when:\n\n- you have given us your permission;\n- a court orders it."),
    # near misses: the same list without consent (a closed list with no marketing in it: no, since round 210), and
    # consent under a lead-in that shares nothing
    ("shares_for_marketing", "no", "We share personal information with other companies only in the following cases:\n\n- The law requires it.\n- To protect our rights."),
    ("shares_for_marketing", "not_mentioned", "Our newsletter tells you about events:\n\n- We have your consent.\n- You can unsubscribe at any time."),
    # the way out of marketing with words between ("if at any time you would like to stop future delivery", "manage
    # your e-mail newsletter subscriptions", "removing yourself from our lists", "opt to not receive")
    ("marketing_opt_out", "opt_out", "If at any time you wish to be excluded from our promotional mailings, write to the club."),
    ("marketing_opt_out", "opt_out", "We may send offers. You can stop future delivery of these promotional e-mails from your profile."),
    ("marketing_opt_out", "opt_out", "Members can manage their e-mail newsletter subscriptions from the account page."),
    ("marketing_opt_out", "opt_out", "We send a monthly bulletin; removing yourself from our mailing list takes one click."),
    ("marketing_opt_out", "opt_out", "On the settings page you can opt to not receive promotional e-mails from us."),
    # data used for one task "and then discarded" is kept only while needed
    ("retention", "as_long_as_needed", "Entry form details are used to draw the winner and are then destroyed."),
    # near miss: deletion on the reader's request is a right, not how long data is kept
    ("retention", "not_mentioned", "Your account details are then deleted if you ask us to remove them."),
    # tracking said through its way out or the tracker's own account, ads served here with cookies, and ads
    # elsewhere tailored to a visit here
    ("third_party_tracking", "yes", "Visitors can opt out of tracking by the heat-map service we use on this page."),
    ("third_party_tracking", "yes", "Read about Example Analytics and how it gathers visit records on our shop."),
    ("third_party_tracking", "yes", "When ads are shown on our site, cookies may be used to count how often each is seen."),
    ("third_party_tracking", "yes", "What you browse here helps us show you tailored ads on other websites."),
    # near misses: our own counter, and a way out of our own tracking
    ("third_party_tracking", "not_mentioned", "Our analytics, which collects visit counts, runs on our own server."),
    ("third_party_tracking", "not_mentioned", "You may opt out of tracking by us through your account page."),
    # an invitation to get in touch that names a desk or person but no way to reach it: the topic raised, no route
    ("contact", "unclear", "## Questions\n\nFor anything about your records, please get in touch with our membership team."),
    ("contact", "unclear", "Members may ask for a copy of their data by contacting Member Services."),
    ("contact", "unclear", "You may send us any questions about how the club uses your details."),
    ("contact", "unclear", "If something here is unclear, reach us using the contact details on our website."),
    # near miss: the same desk with its address is a route
    ("contact", ("email",), "Please write to our membership team at members@example.org with any questions."),
    # near miss: a marketing firm working for the company is a contractor, not another company's marketing
    ("shares_for_marketing", "not_mentioned", "We share your e-mail address with a marketing company that sends our newsletter on our behalf."),
    # round 197: work done for the company with who does it named after it ("run for the club by", "shipped by a
    # third party"), and data "held" by a hosting company
    ("service_providers", "yes", "The members' survey is run for the club by an outside research firm."),
    ("service_providers", "yes", "Where an order is shipped by a third party, we pass on the details it needs."),
    ("service_providers", "yes", "Your details are held by the hosting company that runs our website."),
    ("service_providers", "not_mentioned", "The photo contest is run by our sponsor."),
]


@pytest.mark.parametrize(("key", "expected", "text"), CASES, ids=[f"{k}-{i}" for i, (k, _, _) in enumerate(CASES)])
def test_general_reading(key: str, expected: str | tuple[str, ...], text: str):
    wanted = set(expected) if isinstance(expected, tuple) else {expected}
    assert answer_values(text, key) == wanted, text


def test_countries_named_in_the_detail_are_read_with_their_capitals():
    from generator.analysis.analyze import analyze
    from generator.read.segment import segment

    text = "Your information may be transferred to and stored in the United States and Canada. Let us know if you object."
    answer = analyze(segment(text)).answer("international_transfer")
    assert answer.value == "yes"
    assert answer.detail == "United States, Canada"
