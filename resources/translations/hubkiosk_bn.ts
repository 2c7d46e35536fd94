<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bn_BD">
<context>
    <name>AdviserHomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="392"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="512"/>
        <source>This kiosk has no central server configured: it keeps everything locally.</source>
        <translation>এই কিয়স্কে কোনো কেন্দ্রীয় সার্ভার সেট করা নেই: এটি সবকিছু স্থানীয়ভাবে রাখে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="400"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="573"/>
        <source>Adviser and IT</source>
        <translation>উপদেষ্টা ও আইটি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="460"/>
        <source>The set-aside records could not be moved back: %1</source>
        <translation>আলাদা করে রাখা রেকর্ডগুলো আবার পাঠানোর তালিকায় ফেরানো যায়নি: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="473"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="514"/>
        <source>%Ln record(s) wait to be sent</source>
        <translation>
            <numerusform>%Lnটি রেকর্ড পাঠানোর অপেক্ষায় আছে</numerusform>
            <numerusform>%Lnটি রেকর্ড পাঠানোর অপেক্ষায় আছে</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="476"/>
        <source>(the oldest for %Ln minute(s))</source>
        <translation>
            <numerusform>(সবচেয়ে পুরোনোটি %Ln মিনিট ধরে)</numerusform>
            <numerusform>(সবচেয়ে পুরোনোটি %Ln মিনিট ধরে)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="478"/>
        <source>nothing waiting, but records are set aside for IT</source>
        <translation>কিছুই অপেক্ষায় নেই, তবে কিছু রেকর্ড আইটি-র জন্য আলাদা করে রাখা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="480"/>
        <source>everything sent</source>
        <translation>সবকিছু পাঠানো হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="483"/>
        <source>Not connected: this kiosk is not enrolled or its token was revoked. Ask IT to enrol it again (hubkiosk --enrol URL CODE).</source>
        <translation>সংযোগ নেই: এই কিয়স্কটি নিবন্ধিত নয়, অথবা এর টোকেন বাতিল করা হয়েছে। আইটি-কে আবার নিবন্ধন করতে বলুন (hubkiosk --enrol URL CODE)।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="487"/>
        <source>The central server needs a newer kiosk version. Ask IT to update this kiosk.</source>
        <translation>কেন্দ্রীয় সার্ভারের জন্য কিয়স্কের নতুন সংস্করণ দরকার। আইটি-কে এই কিয়স্কটি আপডেট করতে বলুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="493"/>
        <source>Working offline; %1. Nothing is lost: records are sent when the server can be reached.</source>
        <translation>অফলাইনে কাজ করছে; %1। কিছুই হারায়নি: সার্ভারের সাথে সংযোগ পেলে রেকর্ডগুলো পাঠানো হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="496"/>
        <source>Synced with the central server; %1.</source>
        <translation>কেন্দ্রীয় সার্ভারের সাথে সিঙ্ক হয়েছে; %1।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="499"/>
        <source>Last success at %1.</source>
        <translation>শেষ সফল সিঙ্ক: %1।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="490"/>
        <source>Not synced yet; %1.</source>
        <translation>এখনও সিঙ্ক হয়নি; %1।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="501"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="516"/>
        <source>%Ln record(s) set aside for IT (see the log).</source>
        <translation>
            <numerusform>%Lnটি রেকর্ড আইটি-র জন্য আলাদা করে রাখা হয়েছে (লগ দেখুন)।</numerusform>
            <numerusform>%Lnটি রেকর্ড আইটি-র জন্য আলাদা করে রাখা হয়েছে (লগ দেখুন)।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="505"/>
        <source>Last error: %1</source>
        <translation>শেষ ত্রুটি: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="507"/>
        <source>Configuration: %1</source>
        <translation>কনফিগারেশন: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="570"/>
        <source>Backup failed: %1</source>
        <translation>ব্যাকআপ ব্যর্থ হয়েছে: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="575"/>
        <source>Hub: %1 · Kiosk version %2</source>
        <translation>হাব: %1 · কিয়স্ক সংস্করণ %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="579"/>
        <source>Back up now</source>
        <translation>এখনই ব্যাকআপ নিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="428"/>
        <source>Syncing with the central server…</source>
        <translation>কেন্দ্রীয় সার্ভারের সাথে সিঙ্ক হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="528"/>
        <source>%Ln survey answer(s) or feedback are held until the end of their hour, so they cannot be linked to a visit.</source>
        <translation>
            <numerusform>%Lnটি জরিপের উত্তর বা মতামত তার ঘণ্টা শেষ হওয়া পর্যন্ত রাখা আছে, যাতে কোনো সাক্ষাতের সঙ্গে মেলানো না যায়।</numerusform>
            <numerusform>%Lnটি জরিপের উত্তর বা মতামত তার ঘণ্টা শেষ হওয়া পর্যন্ত রাখা আছে, যাতে কোনো সাক্ষাতের সঙ্গে মেলানো না যায়।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="543"/>
        <source>The personal details of %Ln of them were cleared after %1 days; the records are kept.</source>
        <translation>
            <numerusform>এর মধ্যে %Lnটির ব্যক্তিগত তথ্য %1 দিন পরে মুছে ফেলা হয়েছে; রেকর্ডটি রাখা আছে।</numerusform>
            <numerusform>এর মধ্যে %Lnটির ব্যক্তিগত তথ্য %1 দিন পরে মুছে ফেলা হয়েছে; রেকর্ডগুলি রাখা আছে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="549"/>
        <source>Personal details in set-aside records (names, phone numbers, answers) are cleared %1 days after they were set aside, next on %2.</source>
        <translation>আলাদা রাখা রেকর্ডের ব্যক্তিগত তথ্য (নাম, ফোন নম্বর, উত্তর) আলাদা রাখার %1 দিন পরে মুছে ফেলা হয়; পরেরটি %2 তারিখে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="580"/>
        <source>Sync now</source>
        <translation>এখনই সিঙ্ক করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="581"/>
        <source>Send set-aside records again</source>
        <translation>আলাদা করে রাখা রেকর্ড আবার পাঠান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="582"/>
        <source>Leave adviser mode</source>
        <translation>উপদেষ্টা মোড থেকে বের হন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="583"/>
        <source>Queue and desks</source>
        <translation>লাইন ও ডেস্ক</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="584"/>
        <source>Help a resident</source>
        <translation>একজন বাসিন্দাকে সাহায্য করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="585"/>
        <source>Today at this hub</source>
        <translation>আজ এই হাবে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="596"/>
        <source>Reading the local store…</source>
        <translation>স্থানীয় ডেটা পড়া হচ্ছে…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="603"/>
        <source>%Ln backup(s) kept; the newest is from %1.</source>
        <translation>
            <numerusform>%Lnটি ব্যাকআপ রাখা আছে; সবচেয়ে নতুনটি %1-এর।</numerusform>
            <numerusform>%Lnটি ব্যাকআপ রাখা আছে; সবচেয়ে নতুনটি %1-এর।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="608"/>
        <source>No backup yet.</source>
        <translation>এখনও কোনো ব্যাকআপ নেই।</translation>
    </message>
</context>
<context>
    <name>AdviserPinScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="135"/>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="138"/>
        <source>Adviser sign-in</source>
        <translation>উপদেষ্টা সাইন-ইন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="142"/>
        <source>Finished helping. Adviser: type your PIN to go back to your screens. Residents: touch Start again to go back.</source>
        <translation>সাহায্য শেষ হয়েছে। উপদেষ্টা: আপনার স্ক্রিনে ফিরে যেতে আপনার পিন লিখুন। বাসিন্দারা: ফিরে যেতে &apos;আবার শুরু করুন&apos; স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="148"/>
        <source>This is for hub staff. Residents: touch Start again to go back.</source>
        <translation>এটি হাবের কর্মীদের জন্য। বাসিন্দারা: ফিরে যেতে &apos;আবার শুরু করুন&apos; স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="153"/>
        <source>No adviser PIN is set on this kiosk yet, so no PIN works. IT sets one on the central server (hubkiosk-server adviser add ...), which sends it to the kiosks, or in this kiosk&apos;s adviser_pin_hash setting.</source>
        <translation>এই কিয়স্কে এখনও কোনো উপদেষ্টা পিন সেট করা হয়নি, তাই কোনো পিন কাজ করবে না। আইটি কেন্দ্রীয় সার্ভারে একটি পিন সেট করে (hubkiosk-server adviser add ...), যা কিয়স্কগুলোতে পাঠানো হয়, অথবা এই কিয়স্কের adviser_pin_hash সেটিংয়ে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="158"/>
        <source>Adviser PIN</source>
        <translation>উপদেষ্টার পিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="159"/>
        <source>PIN</source>
        <translation>পিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="160"/>
        <source>Clear</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="161"/>
        <source>Sign in</source>
        <translation>সাইন ইন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="191"/>
        <source>This adviser&apos;s access was withdrawn. Ask IT if this is wrong.</source>
        <translation>এই উপদেষ্টার প্রবেশাধিকার প্রত্যাহার করা হয়েছে। এটি ভুল হলে IT-কে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="193"/>
        <source>Sign-in could not be checked. Please try again.</source>
        <translation>সাইন-ইন যাচাই করা যায়নি। অনুগ্রহ করে আবার চেষ্টা করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="194"/>
        <source>No adviser PIN is set on this kiosk yet.</source>
        <translation>এই কিয়স্কে এখনও কোনো উপদেষ্টা পিন সেট করা হয়নি।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="192"/>
        <source>Type your PIN, then touch Sign in.</source>
        <translation>আপনার পিন লিখুন, তারপর সাইন ইন স্পর্শ করুন।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="196"/>
        <source>Adviser sign-in is locked after too many wrong PINs. It opens again in %Ln minute(s), or sooner if IT unlocks it (hubkiosk --unlock-advisers, or a new PIN from the central server: hubkiosk-server adviser pin).</source>
        <translation>
            <numerusform>অনেকবার ভুল পিন দেওয়ায় উপদেষ্টাদের সাইন-ইন বন্ধ আছে। এটি %Ln মিনিট পরে আবার খুলবে, অথবা আইটি আগেই খুলে দিতে পারে (hubkiosk --unlock-advisers, বা কেন্দ্রীয় সার্ভার থেকে নতুন পিন: hubkiosk-server adviser pin)।</numerusform>
            <numerusform>অনেকবার ভুল পিন দেওয়ায় উপদেষ্টাদের সাইন-ইন বন্ধ আছে। এটি %Ln মিনিট পরে আবার খুলবে, অথবা আইটি আগেই খুলে দিতে পারে (hubkiosk --unlock-advisers, বা কেন্দ্রীয় সার্ভার থেকে নতুন পিন: hubkiosk-server adviser pin)।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="203"/>
        <source>This PIN cannot be used on this kiosk. Ask IT.</source>
        <translation>এই পিনটি এই কিয়স্কে ব্যবহার করা যাবে না। আইটিকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="205"/>
        <source>Too many wrong PINs. Try again in %Ln minute(s).</source>
        <translation>
            <numerusform>অনেকবার ভুল পিন। %Ln মিনিট পরে আবার চেষ্টা করুন।</numerusform>
            <numerusform>অনেকবার ভুল পিন। %Ln মিনিট পরে আবার চেষ্টা করুন।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="207"/>
        <source>Too many wrong PINs. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>অনেকবার ভুল পিন। %Ln সেকেন্ড পরে আবার চেষ্টা করুন।</numerusform>
            <numerusform>অনেকবার ভুল পিন। %Ln সেকেন্ড পরে আবার চেষ্টা করুন।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser.py" line="208"/>
        <source>That PIN is not right. Try again.</source>
        <translation>পিনটি সঠিক নয়। আবার চেষ্টা করুন।</translation>
    </message>
</context>
<context>
    <name>AdviserQueueScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="396"/>
        <source>That did not work: %1</source>
        <translation>এটি কাজ করেনি: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="403"/>
        <source>That ticket is not in today&apos;s queue.</source>
        <translation>এই টিকিটটি আজকের লাইনে নেই।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="404"/>
        <source>Finish the ticket at this desk first.</source>
        <translation>আগে এই ডেস্কের টিকিটটি শেষ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="405"/>
        <source>Only a called ticket can be called again.</source>
        <translation>শুধু ডাকা হয়েছে এমন টিকিটকেই আবার ডাকা যায়।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="407"/>
        <source>Only a called ticket can be marked as did not come.</source>
        <translation>শুধু ডাকা হয়েছে এমন টিকিটকেই ‘আসেননি’ হিসেবে চিহ্নিত করা যায়।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="409"/>
        <source>A finished ticket cannot be transferred.</source>
        <translation>শেষ হয়ে যাওয়া টিকিট অন্য সেবায় পাঠানো যায় না।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="410"/>
        <source>That service is not in the catalogue.</source>
        <translation>এই সেবাটি তালিকায় নেই।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="411"/>
        <source>The ticket is already in that queue.</source>
        <translation>টিকিটটি আগে থেকেই ওই লাইনে আছে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="412"/>
        <source>Call the ticket before recording it as served.</source>
        <translation>সেবা হয়েছে লেখার আগে টিকিটটি ডাকুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="413"/>
        <source>Say which service the resident was referred to.</source>
        <translation>বাসিন্দাকে কোন সেবায় রেফার করা হয়েছে তা বলুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="415"/>
        <source>Type only the organisation&apos;s name: no phone number, e-mail address or postcode. The managers&apos; report shows it as typed.</source>
        <translation>শুধু সংস্থার নাম লিখুন: কোনো ফোন নম্বর, ই-মেইল ঠিকানা বা পোস্টকোড নয়। ম্যানেজারদের রিপোর্টে এটি যেমন লেখা তেমনই দেখায়।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="433"/>
        <source>No ticket at this desk: touch Call next first.</source>
        <translation>এই ডেস্কে কোনো টিকিট নেই: আগে ‘পরের জনকে ডাকুন’ স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="421"/>
        <source>Choose your desk first: touch its number.</source>
        <translation>আগে আপনার ডেস্ক বেছে নিন: তার নম্বর স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="261"/>
        <source>Desk %1 is %2&apos;s today. Touch %1 again to use it too.</source>
        <translation>ডেস্ক %1 আজ %2-এর। আপনিও এটি ব্যবহার করতে আবার %1 স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="353"/>
        <source>kiosk in %1</source>
        <translation>কিয়স্কের ভাষা: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="356"/>
        <source>appointment at %1</source>
        <translation>অ্যাপয়েন্টমেন্ট %1-এ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="458"/>
        <source>No one is waiting.</source>
        <translation>এখন কেউ অপেক্ষায় নেই।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="508"/>
        <source>%1 is marked as not here. If they come after all, touch Call again.</source>
        <translation>%1 আসেননি বলে চিহ্নিত। তিনি পরে এলে ‘আবার ডাকুন’ স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="575"/>
        <source>Type the name of the organisation.</source>
        <translation>সংস্থার নাম লিখুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="690"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="713"/>
        <source>Queue</source>
        <translation>লাইন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="714"/>
        <source>Your desk:</source>
        <translation>আপনার ডেস্ক:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="719"/>
        <source>Call next</source>
        <translation>পরের জনকে ডাকুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="720"/>
        <source>Call again</source>
        <translation>আবার ডাকুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="721"/>
        <source>Did not come</source>
        <translation>আসেননি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="722"/>
        <source>Transfer to which service</source>
        <translation>কোন সেবায় পাঠাবেন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="723"/>
        <source>Transfer</source>
        <translation>অন্য সেবায় পাঠান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="724"/>
        <source>Served: resolved</source>
        <translation>সেবা হয়েছে: সমাধান হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="725"/>
        <source>Served: follow-up booked</source>
        <translation>সেবা হয়েছে: ফলো-আপ বুক হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="726"/>
        <source>Served: referred</source>
        <translation>সেবা হয়েছে: রেফার করা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="727"/>
        <source>Hand the screen to the resident: how was the visit?</source>
        <translation>বাসিন্দাকে স্ক্রিনটি দিন: দেখা কেমন হলো?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="728"/>
        <source>Referred to which service?</source>
        <translation>কোন সেবায় রেফার করা হয়েছে?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="729"/>
        <source>Another organisation</source>
        <translation>অন্য একটি সংস্থা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="730"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="731"/>
        <source>Name of the organisation</source>
        <translation>সংস্থার নাম</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="732"/>
        <source>Save the referral</source>
        <translation>রেফারালটি সংরক্ষণ করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="733"/>
        <source>Cancel</source>
        <translation>বাতিল করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="750"/>
        <source>No one at Desk %1 now.</source>
        <translation>এখন ডেস্ক %1-এ কেউ নেই।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="759"/>
        <source>At Desk %1: %2 (%3)</source>
        <translation>ডেস্ক %1-এ: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="343"/>
        <source>urgent</source>
        <translation>জরুরি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="344"/>
        <source>needs an interpreter</source>
        <translation>দোভাষী দরকার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="345"/>
        <source>accessibility need</source>
        <translation>বিশেষ সহায়তা দরকার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="756"/>
        <source>name: %1</source>
        <translation>নাম: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="333"/>
        <source>A service no longer offered</source>
        <translation>এমন একটি পরিষেবা যা আর দেওয়া হয় না</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="350"/>
        <source>language: %1</source>
        <translation>ভাষা: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="358"/>
        <source>appointment</source>
        <translation>অ্যাপয়েন্টমেন্ট</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="768"/>
        <source>Reading the queue…</source>
        <translation>লাইনের তথ্য পড়া হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="784"/>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="785"/>
        <source>Waiting:</source>
        <translation>অপেক্ষায়:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/adviser_queue.py" line="782"/>
        <source>No one waiting.</source>
        <translation>কেউ অপেক্ষায় নেই।</translation>
    </message>
</context>
<context>
    <name>AppointmentScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="314"/>
        <source>Please type your booking reference.</source>
        <translation>আপনার বুকিং রেফারেন্স লিখুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="324"/>
        <source>Please type your whole phone number.</source>
        <translation>আপনার পুরো ফোন নম্বর লিখুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="327"/>
        <source>Please type the first 3 letters of your surname (family name).</source>
        <translation>আপনার পদবির (বংশের নাম) প্রথম 3টি অক্ষর লিখুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="338"/>
        <source>Checking your booking, please wait…</source>
        <translation>আপনার বুকিং দেখা হচ্ছে, অনুগ্রহ করে অপেক্ষা করুন…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="430"/>
        <source>Sorry, something went wrong. Please ask a member of staff.</source>
        <translation>দুঃখিত, একটি সমস্যা হয়েছে। একজন কর্মীকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="464"/>
        <source>More than one booking has those numbers</source>
        <translation>একাধিক বুকিংয়ে এই নম্বরগুলো আছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="466"/>
        <source>Please type your whole booking reference, with its letters (for example HK-4821), or use your phone number instead.</source>
        <translation>অক্ষরসহ আপনার পুরো বুকিং রেফারেন্স লিখুন (যেমন HK-4821), অথবা এর বদলে আপনার ফোন নম্বর ব্যবহার করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="474"/>
        <source>We could not find your appointment</source>
        <translation>আমরা আপনার অ্যাপয়েন্টমেন্ট খুঁজে পাইনি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="476"/>
        <source>Please check what you typed and try again. A booking reference looks like HK-4821. If it still does not work, a member of staff here can help, or you can find a drop-in hub near here.</source>
        <translation>আপনি যা লিখেছেন তা দেখে নিয়ে আবার চেষ্টা করুন। বুকিং রেফারেন্স দেখতে এরকম: HK-4821। তবুও না হলে এখানকার একজন কর্মী সাহায্য করতে পারেন, অথবা অ্যাপয়েন্টমেন্ট ছাড়া দেখা করতে কাছের অন্য হাব খুঁজুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="482"/>
        <source>Please check what you typed and try again. A booking reference looks like HK-4821. If it still does not work, a member of staff can help, or you can take a walk-in ticket.</source>
        <translation>আপনি যা লিখেছেন তা দেখে নিয়ে আবার চেষ্টা করুন। বুকিং রেফারেন্স দেখতে এরকম: HK-4821। তবুও না হলে একজন কর্মী সাহায্য করতে পারেন, অথবা আপনি একটি সাধারণ টিকিট নিতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="492"/>
        <source>You are early</source>
        <translation>আপনি আগে চলে এসেছেন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="495"/>
        <source>Your appointment is at %1. You can check in from %2. Please come back then, or find a drop-in hub near here if you would like to see someone sooner.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্টের সময় %1। আপনি %2 থেকে চেক ইন করতে পারবেন। তখন আবার আসুন, অথবা আরও আগে কারও সাথে দেখা করতে চাইলে কাছের অন্য হাব খুঁজুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="501"/>
        <source>Your appointment is at %1. You can check in from %2. Please come back then, or take a walk-in ticket if you would like to see someone sooner.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্টের সময় %1। আপনি %2 থেকে চেক ইন করতে পারবেন। তখন আবার আসুন, অথবা আরও আগে কারও সাথে দেখা করতে চাইলে একটি সাধারণ টিকিট নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="513"/>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="533"/>
        <source>Your appointment time has passed</source>
        <translation>আপনার অ্যাপয়েন্টমেন্টের সময় পার হয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="516"/>
        <source>Your appointment was at %1. We are sorry, it is too late to check in for it. Please ask a member of staff here to book a new time, or find a drop-in hub near here to see the next free adviser.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্টের সময় ছিল %1। দুঃখিত, এর জন্য চেক ইন করার সময় পার হয়ে গেছে। নতুন সময় বুক করতে এখানকার একজন কর্মীকে বলুন, অথবা পরের খালি উপদেষ্টার সাথে দেখা করতে কাছের অন্য হাব খুঁজুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="522"/>
        <source>Your appointment was at %1. We are sorry, it is too late to check in for it. You can take a walk-in ticket to see the next free adviser, or ask a member of staff to book a new time.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্টের সময় ছিল %1। দুঃখিত, এর জন্য চেক ইন করার সময় পার হয়ে গেছে। পরের খালি উপদেষ্টার সাথে দেখা করতে একটি সাধারণ টিকিট নিতে পারেন, অথবা নতুন সময় বুক করতে একজন কর্মীকে বলুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="536"/>
        <source>Your appointment was on %1 at %2. We are sorry, that day has passed. Please ask a member of staff here to book a new time, or find a drop-in hub near here to see the next free adviser.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্ট ছিল %1 তারিখে %2-এ। আমরা দুঃখিত, সেই দিনটি পেরিয়ে গেছে। নতুন সময় বুক করতে এখানকার একজন কর্মীকে বলুন, অথবা পরবর্তী খালি উপদেষ্টার সাথে দেখা করতে কাছের একটি ড্রপ-ইন হাব খুঁজুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="542"/>
        <source>Your appointment was on %1 at %2. We are sorry, that day has passed. You can take a walk-in ticket to see the next free adviser, or ask a member of staff to book a new time.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্ট ছিল %1 তারিখে %2-এ। আমরা দুঃখিত, সেই দিনটি পেরিয়ে গেছে। পরবর্তী খালি উপদেষ্টার সাথে দেখা করতে আপনি একটি ওয়াক-ইন টিকিট নিতে পারেন, অথবা নতুন সময় বুক করতে একজন কর্মীকে বলুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="554"/>
        <source>Your appointment is on another day</source>
        <translation>আপনার অ্যাপয়েন্টমেন্ট অন্য দিনে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="557"/>
        <source>Your appointment is on %1 at %2. Please come back then. If you need help today, you can find a drop-in hub near here.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্ট %1, সময় %2। তখন আবার আসুন। আজ সাহায্য দরকার হলে কাছের অন্য হাব খুঁজুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="562"/>
        <source>Your appointment is on %1 at %2. Please come back then. If you need help today, you can take a walk-in ticket.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্ট %1, সময় %2। তখন আবার আসুন। আজ সাহায্য দরকার হলে একটি সাধারণ টিকিট নিতে পারেন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="575"/>
        <source>Your appointment is at %1 today at %2.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্ট আজ, সময় %2। জায়গা: %1।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="577"/>
        <source>Your appointment is at %1 on %3 at %2.</source>
        <translation>আপনার অ্যাপয়েন্টমেন্ট %3, সময় %2। জায়গা: %1।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="580"/>
        <source>Your appointment is at another hub</source>
        <translation>আপনার অ্যাপয়েন্টমেন্ট অন্য একটি হাবে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="585"/>
        <source>Please go there. If you cannot, a member of staff here can help, or you can find a drop-in hub near here.</source>
        <translation>অনুগ্রহ করে সেখানে যান। যেতে না পারলে এখানকার একজন কর্মী সাহায্য করতে পারেন, অথবা কাছের অন্য হাব খুঁজুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="590"/>
        <source>Please go there. If you would rather be seen here, take a walk-in ticket.</source>
        <translation>অনুগ্রহ করে সেখানে যান। এখানেই দেখা করতে চাইলে একটি সাধারণ টিকিট নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="599"/>
        <source>Check in for an appointment</source>
        <translation>অ্যাপয়েন্টমেন্টের জন্য চেক ইন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="625"/>
        <source>Check in for your appointment</source>
        <translation>আপনার অ্যাপয়েন্টমেন্টের জন্য চেক ইন করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="626"/>
        <source>Use my booking reference</source>
        <translation>আমার বুকিং রেফারেন্স দিয়ে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="627"/>
        <source>Use my phone number</source>
        <translation>আমার ফোন নম্বর দিয়ে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="628"/>
        <source>Your booking reference (it looks like HK-4821):</source>
        <translation>আপনার বুকিং রেফারেন্স (দেখতে এরকম: HK-4821):</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="629"/>
        <source>Booking reference</source>
        <translation>বুকিং রেফারেন্স</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="631"/>
        <source>Your phone number:</source>
        <translation>আপনার ফোন নম্বর:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="632"/>
        <source>Phone number</source>
        <translation>ফোন নম্বর</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="633"/>
        <source>First 3 letters of your surname:</source>
        <translation>আপনার পদবির প্রথম 3টি অক্ষর:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="634"/>
        <source>First letters of your surname</source>
        <translation>আপনার পদবির প্রথম অক্ষরগুলো</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="635"/>
        <source>Check in</source>
        <translation>চেক ইন করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="640"/>
        <source>Find a drop-in hub</source>
        <translation>কাছের অন্য হাব খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="640"/>
        <source>Get a walk-in ticket</source>
        <translation>সাধারণ টিকিট নিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="642"/>
        <source>Try again</source>
        <translation>আবার চেষ্টা করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/appointment.py" line="643"/>
        <source>Done</source>
        <translation>হয়েছে</translation>
    </message>
</context>
<context>
    <name>AssistedBanner</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="72"/>
        <source>Helping you: %1, Residents&apos; Hub adviser</source>
        <translation>আপনাকে সাহায্য করছেন: %1, রেসিডেন্টস হাব উপদেষ্টা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="74"/>
        <source>Helping you: a Residents&apos; Hub adviser</source>
        <translation>আপনাকে সাহায্য করছেন: একজন রেসিডেন্টস হাব উপদেষ্টা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="77"/>
        <source>Hand back</source>
        <translation>বাসিন্দাকে ফিরিয়ে দিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="78"/>
        <source>Finish helping</source>
        <translation>সাহায্য শেষ করুন</translation>
    </message>
</context>
<context>
    <name>CallingDisplay</name>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="374"/>
        <source>Hub Kiosk · calling display</source>
        <translation>হাব কিয়স্ক · নম্বর ডাকার স্ক্রিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="401"/>
        <source>Now calling</source>
        <translation>এখন ডাকা হচ্ছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="376"/>
        <source>Called before</source>
        <translation>আগে ডাকা হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="377"/>
        <source>Waiting now</source>
        <translation>এখন অপেক্ষায়</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="406"/>
        <source>The hub has closed for today</source>
        <translation>হাবটি আজকের জন্য বন্ধ হয়ে গেছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="412"/>
        <source>The hub is closed for a break</source>
        <translation>হাবটি এখন বিরতির জন্য বন্ধ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="413"/>
        <source>Calls start again at %1.</source>
        <translation>%1-এ আবার নম্বর ডাকা শুরু হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="415"/>
        <source>The hub is not open yet</source>
        <translation>হাবটি এখনও খোলেনি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="416"/>
        <source>Calls start at %1.</source>
        <translation>%1-এ নম্বর ডাকা শুরু হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="419"/>
        <source>Please go to Desk %1</source>
        <translation>অনুগ্রহ করে ডেস্ক %1-এ যান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="423"/>
        <source>Please wait to be called</source>
        <translation>আপনাকে ডাকা পর্যন্ত অপেক্ষা করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="433"/>
        <source>Desk %1</source>
        <translation>ডেস্ক %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="444"/>
        <source>If your number was not called, please ask a member of staff.</source>
        <translation>আপনার নম্বর ডাকা না হয়ে থাকলে, অনুগ্রহ করে একজন কর্মীকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/display.py" line="448"/>
        <source>No one is waiting</source>
        <translation>কেউ অপেক্ষায় নেই</translation>
    </message>
</context>
<context>
    <name>ClosedPanel</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="197"/>
        <source>Sorry, the hub is closed now</source>
        <translation>দুঃখিত, হাবটি এখন বন্ধ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="199"/>
        <source>Sorry, the hub is closed today</source>
        <translation>দুঃখিত, হাবটি আজ বন্ধ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="203"/>
        <source>Sorry, check-in is closed now</source>
        <translation>দুঃখিত, এখন চেক ইন বন্ধ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="206"/>
        <source>You can check in for your appointment while the hub is open.</source>
        <translation>হাব খোলা থাকার সময় আপনার অ্যাপয়েন্টমেন্টের জন্য চেক ইন করতে পারবেন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="208"/>
        <source>You can get a ticket while the hub is open.</source>
        <translation>হাব খোলা থাকার সময় টিকিট নিতে পারবেন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="215"/>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="216"/>
        <source>See opening times</source>
        <translation>খোলার সময় দেখুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="217"/>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="218"/>
        <source>Find a service or do it online</source>
        <translation>একটি সেবা খুঁজুন বা অনলাইনে করুন</translation>
    </message>
</context>
<context>
    <name>ConsentLine</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="137"/>
        <source>the adviser</source>
        <translation>উপদেষ্টা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="149"/>
        <source>Resident: I agree that %1 typed my answers for me, and I have checked them.</source>
        <translation>বাসিন্দা: আমি সম্মত যে %1 আমার হয়ে আমার উত্তরগুলো লিখেছেন, এবং আমি সেগুলো যাচাই করেছি।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="153"/>
        <source>Please touch I agree before sending.</source>
        <translation>পাঠানোর আগে অনুগ্রহ করে ‘আমি সম্মত’ স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="155"/>
        <source>I agree</source>
        <translation>আমি সম্মত</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="155"/>
        <source>Agreed</source>
        <translation>সম্মতি দেওয়া হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="161"/>
        <source>I agree that the adviser typed my answers</source>
        <translation>আমি সম্মত যে উপদেষ্টা আমার উত্তরগুলো লিখেছেন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="140"/>
        <source>Resident: I agree that %1 typed some of my answers for me, and I have checked them.</source>
        <translation>বাসিন্দা: আমি সম্মত যে %1 আমার হয়ে আমার কিছু উত্তর লিখেছেন, এবং আমি সেগুলো যাচাই করেছি।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="145"/>
        <source>Resident: I agree that %1 helped me with this form, and I have checked my answers.</source>
        <translation>বাসিন্দা: আমি সম্মত যে %1 এই ফর্মে আমাকে সাহায্য করেছেন, এবং আমি আমার উত্তরগুলো যাচাই করেছি।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="157"/>
        <source>I agree that the adviser typed some of my answers</source>
        <translation>আমি সম্মত যে উপদেষ্টা আমার কিছু উত্তর লিখেছেন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="159"/>
        <source>I agree that the adviser helped me with this form</source>
        <translation>আমি সম্মত যে উপদেষ্টা এই ফর্মে আমাকে সাহায্য করেছেন</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="187"/>
        <source>Quick feedback</source>
        <translation>দ্রুত মতামত</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="332"/>
        <source>Your comment: %1</source>
        <translation>আপনার মন্তব্য: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="337"/>
        <source>How was your visit today?</source>
        <translation>আজ আপনার অভিজ্ঞতা কেমন ছিল?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="338"/>
        <source>Touch a face. We do not ask your name.</source>
        <translation>একটি মুখে স্পর্শ করুন। আমরা আপনার নাম জিজ্ঞেস করি না।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="340"/>
        <source>Very poor</source>
        <translation>খুব খারাপ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="341"/>
        <source>Poor</source>
        <translation>খারাপ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="342"/>
        <source>OK</source>
        <translation>মোটামুটি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="343"/>
        <source>Good</source>
        <translation>ভালো</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="344"/>
        <source>Very good</source>
        <translation>খুব ভালো</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="349"/>
        <source>Thank you: your answer “%1” is saved.</source>
        <translation>ধন্যবাদ: আপনার উত্তর “%1” সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="354"/>
        <source>What was it mostly about? Choose any that apply, or finish now.</source>
        <translation>এটি মূলত কী নিয়ে ছিল? যেগুলো প্রযোজ্য বেছে নিন, অথবা এখনই শেষ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="357"/>
        <source>Waiting time</source>
        <translation>অপেক্ষার সময়</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="358"/>
        <source>Staff helpfulness</source>
        <translation>কর্মীদের সহায়তা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="359"/>
        <source>Getting my problem solved</source>
        <translation>আমার সমস্যার সমাধান পাওয়া</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="360"/>
        <source>The building and facilities</source>
        <translation>ভবন ও সুযোগ-সুবিধা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="361"/>
        <source>Information given</source>
        <translation>দেওয়া তথ্য</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="365"/>
        <source>Add a comment</source>
        <translation>মন্তব্য লিখুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="368"/>
        <source>Send</source>
        <translation>পাঠান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="370"/>
        <source>Write your comment. Please do not write your name or contact details.</source>
        <translation>আপনার মন্তব্য লিখুন। অনুগ্রহ করে আপনার নাম বা যোগাযোগের তথ্য লিখবেন না।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="372"/>
        <source>Your comment</source>
        <translation>আপনার মন্তব্য</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="373"/>
        <source>Type here</source>
        <translation>এখানে লিখুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="374"/>
        <source>Thank you</source>
        <translation>ধন্যবাদ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="375"/>
        <source>Your feedback helps us make the hubs better.</source>
        <translation>আপনার মতামত আমাদের হাবগুলো আরও ভালো করতে সাহায্য করে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="367"/>
        <location filename="../../hubkiosk/ui/screens/survey/feedback.py" line="376"/>
        <source>Finish</source>
        <translation>শেষ</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="237"/>
        <source>(optional)</source>
        <translation>(ঐচ্ছিক)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Day</source>
        <translation>দিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Month</source>
        <translation>মাস</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/field_editor.py" line="247"/>
        <source>Year</source>
        <translation>বছর</translation>
    </message>
</context>
<context>
    <name>FinderScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="290"/>
        <source>Type a word, for example: bin, council tax, parking.</source>
        <translation>একটি শব্দ লিখুন, যেমন: bin, council tax, parking।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="295"/>
        <source>We could not find that. Try another word, look at all topics, or ask an adviser.</source>
        <translation>আমরা এটি খুঁজে পাইনি। অন্য শব্দ দিয়ে চেষ্টা করুন, সব বিষয় দেখুন, বা একজন উপদেষ্টাকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="300"/>
        <source>Touch the one you need.</source>
        <translation>আপনার যেটি দরকার সেটি স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="304"/>
        <source>Find a service</source>
        <translation>সেবা খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="307"/>
        <source>Find a service or do it now</source>
        <translation>সেবা খুঁজুন বা এখনই করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="308"/>
        <source>For example: bin, pothole, council tax</source>
        <translation>যেমন: bin, pothole, council tax</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="309"/>
        <source>Search for a service</source>
        <translation>সেবা খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="310"/>
        <source>Search</source>
        <translation>খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="311"/>
        <source>See all topics</source>
        <translation>সব বিষয় দেখুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="312"/>
        <source>Ask an adviser instead</source>
        <translation>বরং একজন উপদেষ্টাকে জিজ্ঞেস করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/topics.py" line="330"/>
        <source>Which of these do you need?</source>
        <translation>এগুলোর মধ্যে কোনটি আপনার দরকার?</translation>
    </message>
</context>
<context>
    <name>FormDoneScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="116"/>
        <source>Your reference number</source>
        <translation>আপনার রেফারেন্স নম্বর</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="120"/>
        <source>Thank you. We have your request.</source>
        <translation>ধন্যবাদ। আমরা আপনার অনুরোধ পেয়েছি।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="122"/>
        <source>Your reference number is:</source>
        <translation>আপনার রেফারেন্স নম্বর:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="124"/>
        <source>Your reference number is %1</source>
        <translation>আপনার রেফারেন্স নম্বর %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="129"/>
        <source>Scan with your phone to keep the reference number.</source>
        <translation>রেফারেন্স নম্বরটি রাখতে আপনার ফোন দিয়ে স্ক্যান করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="130"/>
        <source>QR code of your reference number</source>
        <translation>আপনার রেফারেন্স নম্বরের QR কোড</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="131"/>
        <source>Print my reference</source>
        <translation>আমার রেফারেন্স প্রিন্ট করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="132"/>
        <source>Finish</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="134"/>
        <source>Printed. Take your paper from the printer.</source>
        <translation>প্রিন্ট হয়েছে। প্রিন্টার থেকে আপনার কাগজ নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form_done.py" line="138"/>
        <source>Sorry, the printer is not working. Please write the reference number down or take a photo of it.</source>
        <translation>দুঃখিত, প্রিন্টারটি কাজ করছে না। রেফারেন্স নম্বরটি লিখে রাখুন বা এর একটি ছবি তুলুন।</translation>
    </message>
</context>
<context>
    <name>FormScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="512"/>
        <source>Change</source>
        <translation>বদলান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="513"/>
        <source>Change: %1</source>
        <translation>বদলান: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="507"/>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="531"/>
        <source>Not answered</source>
        <translation>উত্তর দেওয়া হয়নি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="524"/>
        <source>The answers you typed are shown on the screen, not read aloud.</source>
        <translation>আপনার টাইপ করা উত্তরগুলো স্ক্রিনে দেখানো আছে, পড়ে শোনানো হয় না।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="604"/>
        <source>Please check what you typed: it is not in the form we need.</source>
        <translation>আপনি যা লিখেছেন তা দেখে নিন: এটি আমাদের প্রয়োজনীয় ধরনে নেই।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="606"/>
        <source>Please answer this question.</source>
        <translation>এই প্রশ্নের উত্তর দিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="607"/>
        <source>Please choose one answer.</source>
        <translation>একটি উত্তর বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="608"/>
        <source>Please choose at least one answer.</source>
        <translation>অন্তত একটি উত্তর বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="609"/>
        <source>Please choose one of the answers shown.</source>
        <translation>দেখানো উত্তরগুলোর একটি বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="610"/>
        <source>Please make this shorter: %1 letters at most.</source>
        <translation>এটি ছোট করুন: সর্বোচ্চ %1টি অক্ষর।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="611"/>
        <source>Please type a number, for example 3.</source>
        <translation>একটি সংখ্যা লিখুন, যেমন 3।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="612"/>
        <source>Please type a whole number, for example 3.</source>
        <translation>একটি পূর্ণ সংখ্যা লিখুন, যেমন 3।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="613"/>
        <source>The number must be %1 or more.</source>
        <translation>সংখ্যাটি %1 বা তার বেশি হতে হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="614"/>
        <source>The number must be %1 or less.</source>
        <translation>সংখ্যাটি %1 বা তার কম হতে হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="616"/>
        <source>Please type a real date: the day, month and year, for example 18 11 2026.</source>
        <translation>একটি সঠিক তারিখ লিখুন: দিন, মাস ও বছর, যেমন 18 11 2026।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="618"/>
        <source>The date must be today or earlier.</source>
        <translation>তারিখটি আজ বা তার আগের হতে হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="619"/>
        <source>The date must be today or later.</source>
        <translation>তারিখটি আজ বা তার পরের হতে হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="620"/>
        <source>Please type a full UK postcode, for example E3 2BS.</source>
        <translation>পুরো যুক্তরাজ্যের পোস্টকোড লিখুন, যেমন E3 2BS।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="621"/>
        <source>Please type a UK phone number, for example 07700 900123.</source>
        <translation>একটি যুক্তরাজ্যের ফোন নম্বর লিখুন, যেমন 07700 900123।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="622"/>
        <source>Please type an email address, for example name@example.com.</source>
        <translation>একটি ইমেইল ঠিকানা লিখুন, যেমন name@example.com।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="624"/>
        <source>Please check this answer.</source>
        <translation>এই উত্তরটি দেখে নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="634"/>
        <source>Last step: check and send</source>
        <translation>শেষ ধাপ: দেখে নিয়ে পাঠান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="637"/>
        <source>Question %1 of %2</source>
        <translation>প্রশ্ন %1 / %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="651"/>
        <source>Back</source>
        <translation>পিছনে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="653"/>
        <source>Check your answers. Touch Change to correct one, or Send when it is right.</source>
        <translation>আপনার উত্তরগুলো দেখে নিন। কোনোটি ঠিক করতে ‘বদলান’ স্পর্শ করুন, সব ঠিক থাকলে ‘পাঠান’।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="657"/>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="665"/>
        <source>Next</source>
        <translation>পরবর্তী</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="663"/>
        <source>Sending…</source>
        <translation>পাঠানো হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="663"/>
        <source>Send</source>
        <translation>পাঠান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/forms/form.py" line="676"/>
        <source>Sorry, your request could not be saved. Touch Send to try again, or ask a member of staff.</source>
        <translation>দুঃখিত, আপনার অনুরোধ সংরক্ষণ করা যায়নি। আবার চেষ্টা করতে ‘পাঠান’ স্পর্শ করুন, বা একজন কর্মীকে জিজ্ঞেস করুন।</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="68"/>
        <source>Home</source>
        <translation>শুরুর পাতা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="73"/>
        <source>Welcome to %1</source>
        <translation>%1-এ স্বাগতম</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="74"/>
        <source>What would you like to do today? Touch a picture to start.</source>
        <translation>আজ আপনি কী করতে চান? শুরু করতে একটি ছবিতে স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="78"/>
        <source>Check in, or find a drop-in hub</source>
        <translation>চেক ইন করুন, অথবা একটি ড্রপ-ইন হাব খুঁজুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="80"/>
        <source>Appointments here; drop-in hubs near here see people without one</source>
        <translation>এখানে অ্যাপয়েন্টমেন্টে দেখা হয়; কাছের ড্রপ-ইন হাবগুলো অ্যাপয়েন্টমেন্ট ছাড়াই দেখে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="83"/>
        <source>Get a ticket or check in</source>
        <translation>টিকিট নিন বা চেক ইন করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="85"/>
        <source>See an adviser, or tell us you have arrived for your appointment</source>
        <translation>একজন উপদেষ্টার সাথে দেখা করুন, বা জানান যে আপনি অ্যাপয়েন্টমেন্টের জন্য এসেছেন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="87"/>
        <source>Find a service or do it now</source>
        <translation>সেবা খুঁজুন বা এখনই করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="89"/>
        <source>Find help, fill in a simple form, or learn how to do it online</source>
        <translation>সাহায্য খুঁজুন, একটি সহজ ফর্ম পূরণ করুন, বা অনলাইনে কীভাবে করবেন তা জানুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="91"/>
        <source>Tell us what you think</source>
        <translation>আপনার মতামত জানান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="94"/>
        <source>Take part in our customer survey, or tell us how your visit went</source>
        <translation>আমাদের গ্রাহক জরিপে অংশ নিন, বা জানান আপনার আসা কেমন হলো</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="97"/>
        <source>Tell us how your visit went today</source>
        <translation>জানান আজ আপনার আসা কেমন হলো</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="98"/>
        <source>Most people come to see us about:</source>
        <translation>বেশিরভাগ মানুষ যে বিষয়ে আসেন:</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="104"/>
        <source>Get a ticket</source>
        <translation>টিকিট নিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/home.py" line="104"/>
        <source>Find a drop-in hub</source>
        <translation>কাছের অন্য হাব খুঁজুন</translation>
    </message>
</context>
<context>
    <name>HubStatus</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="70"/>
        <source>Please ask a member of staff when the hub opens again.</source>
        <translation>হাব আবার কখন খুলবে, একজন কর্মীকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="77"/>
        <source>Check-in opens again today at %1.</source>
        <translation>আজ %1-এ আবার চেক ইন শুরু হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="81"/>
        <source>Check-in opens again tomorrow at %1.</source>
        <translation>আগামীকাল %1-এ আবার চেক ইন শুরু হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="85"/>
        <source>Check-in opens again at %1 on %2.</source>
        <translation>%2, %1-এ আবার চেক ইন শুরু হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="94"/>
        <source>Closed today</source>
        <translation>আজ বন্ধ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="98"/>
        <source>Closed for the rest of today</source>
        <translation>আজ দিনের বাকি সময় বন্ধ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="100"/>
        <source>Open today %1</source>
        <translation>আজ খোলা %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="128"/>
        <source>closed</source>
        <translation>বন্ধ</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="175"/>
        <source>Are you still there?</source>
        <translation>আপনি কি এখনও আছেন?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="179"/>
        <source>To keep residents&apos; details private, you will be signed out when the time runs out.</source>
        <translation>বাসিন্দাদের তথ্য গোপন রাখতে, সময় শেষ হলে আপনাকে সাইন-আউট করা হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="185"/>
        <source>To keep your details private, the screen will start again when the time runs out.</source>
        <translation>আপনার তথ্য গোপন রাখতে, সময় শেষ হলে স্ক্রিনটি আবার শুরু হবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="188"/>
        <source>I need more time</source>
        <translation>আমার আরও সময় দরকার</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/main_window.py" line="189"/>
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln সেকেন্ড</numerusform>
            <numerusform>%Ln সেকেন্ড</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LengthLimit</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/parts.py" line="172"/>
        <source>This box is full: it takes up to %1 letters.</source>
        <translation>এই বাক্সটি পূর্ণ: এতে সর্বোচ্চ %1টি অক্ষর লেখা যায়।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="982"/>
        <location filename="../../hubkiosk/ui/main_window.py" line="984"/>
        <source>Hub Kiosk</source>
        <translation>হাব কিয়স্ক</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="747"/>
        <source>Sorry, this kiosk cannot read aloud in this language. Please ask a member of staff.</source>
        <translation>দুঃখিত, এই কিয়স্ক বাংলায় পড়ে শোনাতে পারে না। অনুগ্রহ করে একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="800"/>
        <source>Synced</source>
        <translation>সিঙ্ক হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="800"/>
        <source>Offline</source>
        <translation>অফলাইন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="874"/>
        <source>Touch “%1” in the middle of the screen.</source>
        <translation>স্ক্রিনের মাঝখানে “%1” স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="947"/>
        <source>Back</source>
        <translation>পিছনে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="948"/>
        <source>Start again</source>
        <translation>আবার শুরু করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="950"/>
        <source>Larger text</source>
        <translation>বড় লেখা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="952"/>
        <source>Smaller text</source>
        <translation>ছোট লেখা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="954"/>
        <source>High contrast</source>
        <translation>উচ্চ কনট্রাস্ট</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/main_window.py" line="955"/>
        <location filename="../../hubkiosk/ui/main_window.py" line="956"/>
        <source>Read aloud</source>
        <translation>পড়ে শোনান</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1012"/>
        <source>Space</source>
        <translation>স্পেস</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1013"/>
        <source>Delete</source>
        <translation>মুছুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1014"/>
        <source>Done</source>
        <translation>হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1023"/>
        <source>Shift</source>
        <translation>শিফট</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1024"/>
        <source>Capital letter</source>
        <translation>বড় হাতের অক্ষর</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1025"/>
        <source>123 ?</source>
        <translation>123 ?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1026"/>
        <source>Numbers and symbols</source>
        <translation>সংখ্যা ও চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1030"/>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1033"/>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1049"/>
        <source>ABC</source>
        <translation>ABC</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1031"/>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1034"/>
        <source>Letters</source>
        <translation>অক্ষর</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1038"/>
        <source>অআক</source>
        <translation>অআক</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1038"/>
        <source>Bengali letters</source>
        <translation>বাংলা অক্ষর</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1050"/>
        <source>English letters</source>
        <translation>ইংরেজি অক্ষর</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1027"/>
        <source>àé</source>
        <translation>àé</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="957"/>
        <source>You typed: %1</source>
        <translation>আপনি লিখেছেন: %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1028"/>
        <source>Letters with accents</source>
        <translation>অ্যাকসেন্ট চিহ্নসহ অক্ষর</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1039"/>
        <source>اب</source>
        <translation>اب</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1039"/>
        <source>Urdu letters</source>
        <translation>উর্দু অক্ষর</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1042"/>
        <source>১২৩ ?</source>
        <translation>১২৩ ?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1042"/>
        <source>Bengali numbers and symbols</source>
        <translation>বাংলা সংখ্যা ও চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1043"/>
        <source>۱۲۳ ؟</source>
        <translation>۱۲۳ ؟</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1043"/>
        <source>Urdu numbers and symbols</source>
        <translation>উর্দু সংখ্যা ও চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1055"/>
        <source>at sign</source>
        <translation>অ্যাট চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1056"/>
        <source>full stop</source>
        <translation>ফুল স্টপ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1057"/>
        <source>hyphen</source>
        <translation>হাইফেন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1058"/>
        <source>apostrophe</source>
        <translation>অ্যাপোস্ট্রফি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1059"/>
        <source>underscore</source>
        <translation>আন্ডারস্কোর</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1060"/>
        <source>slash</source>
        <translation>স্ল্যাশ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1061"/>
        <source>and sign</source>
        <translation>অ্যান্ড চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1062"/>
        <source>plus</source>
        <translation>যোগ চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1063"/>
        <source>hash</source>
        <translation>হ্যাশ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1064"/>
        <source>comma</source>
        <translation>কমা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1065"/>
        <source>colon</source>
        <translation>কোলন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1066"/>
        <source>semicolon</source>
        <translation>সেমিকোলন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1067"/>
        <source>question mark</source>
        <translation>প্রশ্নবোধক চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1068"/>
        <source>exclamation mark</source>
        <translation>বিস্ময়সূচক চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1069"/>
        <source>open bracket</source>
        <translation>বন্ধনী শুরু</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1070"/>
        <source>close bracket</source>
        <translation>বন্ধনী শেষ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1071"/>
        <source>quotation mark</source>
        <translation>উদ্ধৃতি চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1072"/>
        <source>pound sign</source>
        <translation>পাউন্ড চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1081"/>
        <source>hasanta (joins letters)</source>
        <translation>হসন্ত (যুক্তাক্ষর)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1082"/>
        <source>vowel sign aa</source>
        <translation>আ-কার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1083"/>
        <source>vowel sign i</source>
        <translation>ই-কার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1084"/>
        <source>vowel sign ii</source>
        <translation>ঈ-কার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1085"/>
        <source>vowel sign u</source>
        <translation>উ-কার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1086"/>
        <source>vowel sign uu</source>
        <translation>ঊ-কার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1087"/>
        <source>vowel sign ri</source>
        <translation>ঋ-কার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1088"/>
        <source>vowel sign e</source>
        <translation>এ-কার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1089"/>
        <source>vowel sign oi</source>
        <translation>ঐ-কার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1090"/>
        <source>vowel sign o</source>
        <translation>ও-কার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1091"/>
        <source>vowel sign ou</source>
        <translation>ঔ-কার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1092"/>
        <source>anusvara</source>
        <translation>অনুস্বার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1093"/>
        <source>visarga</source>
        <translation>বিসর্গ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1094"/>
        <source>chandrabindu</source>
        <translation>চন্দ্রবিন্দু</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1095"/>
        <source>dari (Bengali full stop)</source>
        <translation>দাঁড়ি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1096"/>
        <source>Urdu full stop</source>
        <translation>উর্দু দাঁড়ি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1097"/>
        <source>Urdu comma</source>
        <translation>উর্দু কমা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1098"/>
        <source>Urdu question mark</source>
        <translation>উর্দু প্রশ্নবোধক চিহ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/keyboard.py" line="1103"/>
        <source>On-screen keyboard</source>
        <translation>স্ক্রিনের কিবোর্ড</translation>
    </message>
</context>
<context>
    <name>PrinterCheck</name>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="61"/>
        <source>Print a test ticket</source>
        <translation>একটি পরীক্ষামূলক টিকিট প্রিন্ট করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="69"/>
        <source>Tickets are not being printed: the printer did not print one in time, so residents are shown their number on screen. Print a test ticket once the printer is on again.</source>
        <translation>টিকিট প্রিন্ট হচ্ছে না: প্রিন্টার সময়মতো টিকিট প্রিন্ট করেনি, তাই বাসিন্দাদের নম্বর স্ক্রিনে দেখানো হচ্ছে। প্রিন্টার আবার চালু হলে একটি পরীক্ষামূলক টিকিট প্রিন্ট করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="93"/>
        <source>Printing a test ticket…</source>
        <translation>একটি পরীক্ষামূলক টিকিট প্রিন্ট হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="104"/>
        <source>No ticket printer is configured on this kiosk (setting &apos;printer&apos; is none).</source>
        <translation>এই কিয়স্কে কোনো টিকিট প্রিন্টার সেট করা নেই (সেটিং &apos;printer&apos; হলো none)।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="107"/>
        <source>The test ticket printed. Check that it is readable.</source>
        <translation>পরীক্ষামূলক টিকিট প্রিন্ট হয়েছে। এটি পড়া যায় কিনা দেখুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/printer_check.py" line="109"/>
        <source>The printer failed: %1</source>
        <translation>প্রিন্টার কাজ করেনি: %1</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="112"/>
        <source>Get a ticket or check in</source>
        <translation>টিকিট নিন বা চেক ইন করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="140"/>
        <source>What do you need help with?</source>
        <translation>আপনার কোন বিষয়ে সাহায্য দরকার?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="141"/>
        <source>Touch a picture to get a ticket with your number.</source>
        <translation>আপনার নম্বরসহ টিকিট পেতে একটি ছবিতে স্পর্শ করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>No one waiting</source>
        <translation>কেউ অপেক্ষায় নেই</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="149"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln জন অপেক্ষায়</numerusform>
            <numerusform>%Ln জন অপেক্ষায়</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="151"/>
        <source>I have an appointment</source>
        <translation>আমার অ্যাপয়েন্টমেন্ট আছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/services.py" line="152"/>
        <source>Tell us you have arrived</source>
        <translation>জানান যে আপনি এসেছেন</translation>
    </message>
</context>
<context>
    <name>RedirectPanel</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="267"/>
        <source>No one is waiting there now</source>
        <translation>এখন সেখানে কেউ অপেক্ষা করছেন না</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="269"/>
        <source>People waiting there now: %1</source>
        <translation>এখন সেখানে অপেক্ষায় আছেন: %1 জন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="273"/>
        <source>Waits there today: about %1 minutes</source>
        <translation>আজ সেখানে অপেক্ষার সময়: প্রায় %1 মিনিট</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="282"/>
        <source>This hub sees people by appointment only</source>
        <translation>এই হাবে শুধু অ্যাপয়েন্টমেন্ট থাকলে দেখা করা হয়</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="285"/>
        <source>To see an adviser without an appointment, please visit one of these hubs near here. They see people who walk in.</source>
        <translation>অ্যাপয়েন্টমেন্ট ছাড়া উপদেষ্টার সাথে দেখা করতে, কাছের এই হাবগুলোর একটিতে যান। সেখানে অ্যাপয়েন্টমেন্ট ছাড়াই দেখা করা যায়।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="297"/>
        <source>%1 miles away</source>
        <translation>%1 মাইল দূরে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="308"/>
        <source>I have an appointment</source>
        <translation>আমার অ্যাপয়েন্টমেন্ট আছে</translation>
    </message>
</context>
<context>
    <name>ScrollCue</name>
    <message>
        <location filename="../../hubkiosk/ui/widgets.py" line="1189"/>
        <source>More below: slide the page up</source>
        <translation>নিচে আরও আছে: পাতাটি উপরে সরান</translation>
    </message>
</context>
<context>
    <name>ServicePageScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="174"/>
        <source>What we can do at the hub</source>
        <translation>হাবে আমরা যা করতে পারি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="175"/>
        <source>What to bring</source>
        <translation>কী আনতে হবে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="176"/>
        <source>Do it online next time</source>
        <translation>পরের বার অনলাইনে করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="177"/>
        <source>Point your phone camera at the code to open the page.</source>
        <translation>পাতাটি খুলতে আপনার ফোনের ক্যামেরা কোডের দিকে ধরুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="178"/>
        <source>QR code of the council&apos;s web page for this</source>
        <translation>এ বিষয়ে কাউন্সিলের ওয়েব পাতার QR কোড</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="179"/>
        <source>What would you like to do?</source>
        <translation>আপনি কী করতে চান?</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="180"/>
        <source>Do it here now</source>
        <translation>এখানে এখনই করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/finder/service_page.py" line="181"/>
        <source>See an adviser</source>
        <translation>একজন উপদেষ্টার সাথে দেখা করুন</translation>
    </message>
</context>
<context>
    <name>StepBackNote</name>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="201"/>
        <source>This survey is yours to answer on your own. Adviser: please step back.</source>
        <translation>এই জরিপটি আপনার নিজের, একা উত্তর দেওয়ার জন্য। উপদেষ্টা: অনুগ্রহ করে একটু সরে দাঁড়ান।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/assisted.py" line="203"/>
        <source>Answer on my own</source>
        <translation>আমি নিজে উত্তর দেব</translation>
    </message>
</context>
<context>
    <name>SurveyScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="196"/>
        <source>Survey</source>
        <translation>জরিপ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="668"/>
        <source>Choose an answer for each statement to go on.</source>
        <translation>এগিয়ে যেতে প্রতিটি কথার জন্য একটি উত্তর বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="672"/>
        <source>Choose one or more answers to go on.</source>
        <translation>এগিয়ে যেতে এক বা একাধিক উত্তর বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="673"/>
        <source>Choose an answer to go on.</source>
        <translation>এগিয়ে যেতে একটি উত্তর বেছে নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="670"/>
        <source>Touch at least your first choice to go on.</source>
        <translation>এগিয়ে যেতে অন্তত আপনার প্রথম পছন্দটি ছুঁয়ে দিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="525"/>
        <source>Statement %1 of %2</source>
        <translation>বক্তব্য %1 / %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="686"/>
        <source>This survey runs from %1 to %2.</source>
        <translation>এই জরিপ %1 থেকে %2 পর্যন্ত চলবে।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="691"/>
        <source>It has %Ln question(s).</source>
        <translation>
            <numerusform>এতে %Lnটি প্রশ্ন আছে।</numerusform>
            <numerusform>এতে %Lnটি প্রশ্ন আছে।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="695"/>
        <source>It has %1 to %Ln question(s), depending on your answers.</source>
        <translation>
            <numerusform>আপনার উত্তরের ওপর নির্ভর করে এতে %1 থেকে %Lnটি প্রশ্ন আছে।</numerusform>
            <numerusform>আপনার উত্তরের ওপর নির্ভর করে এতে %1 থেকে %Lnটি প্রশ্ন আছে।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="701"/>
        <source>Start the survey</source>
        <translation>জরিপ শুরু করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="702"/>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="704"/>
        <source>Back</source>
        <translation>পিছনে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="705"/>
        <source>Thank you</source>
        <translation>ধন্যবাদ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="707"/>
        <source>Your answers will help the council improve its services.</source>
        <translation>আপনার উত্তর কাউন্সিলকে তার সেবা উন্নত করতে সাহায্য করবে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="711"/>
        <source>Saving your answers...</source>
        <translation>আপনার উত্তর সংরক্ষণ করা হচ্ছে...</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="712"/>
        <source>Your answers are saved.</source>
        <translation>আপনার উত্তর সংরক্ষণ করা হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="714"/>
        <source>Sorry, your answers could not be saved. Please tell a member of staff.</source>
        <translation>দুঃখিত, আপনার উত্তর সংরক্ষণ করা যায়নি। একজন কর্মীকে জানান।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="718"/>
        <source>Finish</source>
        <translation>শেষ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="737"/>
        <source>Question %1 of %2</source>
        <translation>প্রশ্ন %1 / %2</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="737"/>
        <source>Question %1 of about %2</source>
        <translation>প্রায় %2টির মধ্যে %1 নম্বর প্রশ্ন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="745"/>
        <source>Send my answers</source>
        <translation>আমার উত্তর পাঠান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="745"/>
        <source>Next</source>
        <translation>পরবর্তী</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="762"/>
        <source>%1, your choice number %2</source>
        <translation>%1, আপনার %2 নম্বর পছন্দ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="777"/>
        <source>Undo</source>
        <translation>ফিরিয়ে নিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/questions.py" line="780"/>
        <source>Type here (you can leave this empty)</source>
        <translation>এখানে লিখুন (খালি রাখতে পারেন)</translation>
    </message>
</context>
<context>
    <name>TellUsScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="59"/>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="65"/>
        <source>Tell us what you think</source>
        <translation>আপনার মতামত জানান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="67"/>
        <source>Your answers help the council improve its services. We do not ask your name.</source>
        <translation>আপনার উত্তর কাউন্সিলকে তার সেবা উন্নত করতে সাহায্য করে। আমরা আপনার নাম জিজ্ঞেস করি না।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="75"/>
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Lnটি প্রশ্ন</numerusform>
            <numerusform>%Lnটি প্রশ্ন</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="77"/>
        <source>%1 to %Ln question(s)</source>
        <translation>
            <numerusform>%1 থেকে %Lnটি প্রশ্ন</numerusform>
            <numerusform>%1 থেকে %Lnটি প্রশ্ন</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="79"/>
        <source>Quick feedback</source>
        <translation>দ্রুত মতামত</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="80"/>
        <source>How was your visit today? One touch.</source>
        <translation>আজ আপনার অভিজ্ঞতা কেমন ছিল? শুধু একটি স্পর্শ।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/survey/tell_us.py" line="82"/>
        <source>There is no council survey running at the moment.</source>
        <translation>এই মুহূর্তে কাউন্সিলের কোনো জরিপ চলছে না।</translation>
    </message>
</context>
<context>
    <name>TicketConfirmScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="264"/>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="454"/>
        <source>Get my ticket</source>
        <translation>টিকিট নিন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="330"/>
        <source>Sorry, this service is no longer offered at this hub. Please ask a member of staff.</source>
        <translation>দুঃখিত, এই হাবে এই পরিষেবাটি আর দেওয়া হয় না। অনুগ্রহ করে একজন কর্মীকে জিজ্ঞাসা করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="377"/>
        <source>Sorry, we could not make your ticket. Please ask a member of staff.</source>
        <translation>দুঃখিত, আমরা আপনার টিকিট তৈরি করতে পারিনি। একজন কর্মীকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="409"/>
        <source>No one is waiting.</source>
        <translation>কেউ অপেক্ষায় নেই।</translation>
    </message>
    <message numerus="yes">
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="411"/>
        <source>%Ln person(s) waiting.</source>
        <translation>
            <numerusform>%Ln জন অপেক্ষা করছেন।</numerusform>
            <numerusform>%Ln জন অপেক্ষা করছেন।</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="416"/>
        <source>Estimated wait: %1.</source>
        <translation>আনুমানিক অপেক্ষা: %1।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="431"/>
        <source>The hub closes at %1. If you take a ticket now, you may not be seen today. Please ask a member of staff.</source>
        <translation>হাব %1-এ বন্ধ হয়। এখন টিকিট নিলে আজ হয়তো আপনার সাথে দেখা করা যাবে না। অনুগ্রহ করে একজন কর্মীকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="439"/>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="441"/>
        <source>How can we call you? (optional)</source>
        <translation>আমরা আপনাকে কী নামে ডাকব? (ঐচ্ছিক)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="440"/>
        <source>Your first name, or leave it empty</source>
        <translation>আপনার প্রথম নাম, বা খালি রাখুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="442"/>
        <source>I need extra help</source>
        <translation>আমার বাড়তি সাহায্য দরকার</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="443"/>
        <source>An interpreter</source>
        <translation>একজন দোভাষী</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="445"/>
        <source>An accessibility need (hearing, sight, mobility, a seat)</source>
        <translation>বিশেষ সহায়তা (শোনা, দেখা, চলাফেরা, বসার জায়গা)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="448"/>
        <source>Urgent: I am not safe, or I have nowhere to stay tonight</source>
        <translation>জরুরি: আমি নিরাপদ নই, বা আজ রাতে থাকার জায়গা নেই</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="68"/>
        <source>Bengali</source>
        <translation>বাংলা</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="69"/>
        <source>Sylheti</source>
        <translation>সিলেটি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="70"/>
        <source>Somali</source>
        <translation>সোমালি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="71"/>
        <source>Urdu</source>
        <translation>উর্দু</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="72"/>
        <source>Arabic</source>
        <translation>আরবি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="73"/>
        <source>Polish</source>
        <translation>পোলিশ</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/confirm.py" line="74"/>
        <source>British Sign Language</source>
        <translation>ব্রিটিশ ইশারা ভাষা</translation>
    </message>
</context>
<context>
    <name>TicketIssuedScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="161"/>
        <source>You are checked in</source>
        <translation>আপনার চেক ইন হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="162"/>
        <source>Your ticket</source>
        <translation>আপনার টিকিট</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="222"/>
        <source>You are checked in for your %1 appointment at %2.</source>
        <translation>%2-এ আপনার %1 অ্যাপয়েন্টমেন্টের জন্য আপনার চেক ইন হয়েছে।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="226"/>
        <source>Please take a seat. An adviser will call your number.</source>
        <translation>অনুগ্রহ করে বসুন। একজন উপদেষ্টা আপনার নম্বর ডাকবেন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="480"/>
        <source>The hub closes at %1. You may not be seen today. Please ask a member of staff.</source>
        <translation>হাব %1-এ বন্ধ হয়। আজ হয়তো আপনার সাথে দেখা করা যাবে না। অনুগ্রহ করে একজন কর্মীকে জিজ্ঞেস করুন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="250"/>
        <source>Done</source>
        <translation>হয়েছে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="251"/>
        <source>Scan to follow the queue on your phone</source>
        <translation>ফোনে লাইনের খবর দেখতে স্ক্যান করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="257"/>
        <source>Your number is</source>
        <translation>আপনার নম্বর</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="259"/>
        <source>Your number is %1</source>
        <translation>আপনার নম্বর %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="263"/>
        <source>taken at %1</source>
        <translation>নেওয়ার সময় %1</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="267"/>
        <source>Estimated wait: %1.</source>
        <translation>আনুমানিক অপেক্ষা: %1।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="281"/>
        <source>Printing your ticket…</source>
        <translation>আপনার টিকিট প্রিন্ট হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="283"/>
        <source>Please take your ticket from the printer.</source>
        <translation>প্রিন্টার থেকে আপনার টিকিট নিন।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="287"/>
        <source>Sorry, the printer is not working. You are in the queue: please remember your number, or take a photo of this screen. We have told the staff.</source>
        <translation>দুঃখিত, প্রিন্টারটি কাজ করছে না। আপনি লাইনে আছেন: আপনার নম্বরটি মনে রাখুন, বা এই স্ক্রিনের একটি ছবি তুলুন। আমরা কর্মীদের জানিয়েছি।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/queue/issued.py" line="293"/>
        <source>Please remember your number, or take a photo of this screen.</source>
        <translation>আপনার নম্বরটি মনে রাখুন, বা এই স্ক্রিনের একটি ছবি তুলুন।</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="160"/>
        <location filename="../../hubkiosk/ui/screens/today.py" line="206"/>
        <source>Today at this hub</source>
        <translation>আজ এই হাবে</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="184"/>
        <source>none yet</source>
        <translation>এখনও নেই</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="194"/>
        <source>%1 (%2 %)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="201"/>
        <source>Not recorded</source>
        <translation>লেখা হয়নি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="208"/>
        <source>%1, %2 (from this kiosk&apos;s records)</source>
        <translation>%1, %2 (এই কিয়স্কের রেকর্ড থেকে)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="213"/>
        <source>Visits today</source>
        <translation>আজকের ভিজিট</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="215"/>
        <source>Not called before closing</source>
        <translation>বন্ধ হওয়ার আগে ডাকা হয়নি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="217"/>
        <source>Waiting now</source>
        <translation>এখন অপেক্ষায়</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="218"/>
        <source>Median wait (minutes)</source>
        <translation>মধ্যমা অপেক্ষা (মিনিট)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="219"/>
        <source>90th percentile wait (minutes)</source>
        <translation>৯০তম পার্সেন্টাইল অপেক্ষা (মিনিট)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="220"/>
        <source>Resolved at first contact (% of visits)</source>
        <translation>প্রথম যোগাযোগেই সমাধান (ভিজিটের %)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="221"/>
        <source>Referrals (% of visits)</source>
        <translation>রেফারাল (ভিজিটের %)</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="222"/>
        <source>Turned away at appointment check-in</source>
        <translation>অ্যাপয়েন্টমেন্টে চেক ইন করতে পারেননি</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="226"/>
        <source>Referrals by destination</source>
        <translation>গন্তব্য অনুযায়ী রেফারাল</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="227"/>
        <source>Refresh</source>
        <translation>হালনাগাদ করুন</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="228"/>
        <source>Back to the adviser screen</source>
        <translation>উপদেষ্টার স্ক্রিনে ফিরে যান</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="232"/>
        <source>Reading…</source>
        <translation>পড়া হচ্ছে…</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/today.py" line="252"/>
        <source>No referrals today.</source>
        <translation>আজ কোনো রেফারাল নেই।</translation>
    </message>
</context>
<context>
    <name>WaitText</name>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="51"/>
        <source>less than 5 minutes</source>
        <translation>৫ মিনিটের কম</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="53"/>
        <source>about %1 to %2 minutes</source>
        <translation>প্রায় %1 থেকে %2 মিনিট</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="61"/>
        <source>You are next in the queue.</source>
        <translation>লাইনে এরপর আপনার পালা।</translation>
    </message>
    <message>
        <location filename="../../hubkiosk/ui/screens/checkin_parts.py" line="62"/>
        <source>You are number %1 in the queue.</source>
        <translation>লাইনে আপনি %1 নম্বরে আছেন।</translation>
    </message>
</context>
</TS>
