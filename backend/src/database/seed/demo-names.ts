/** Names as common in UK schools and colleges today, so the demo caseload reads like a real one. */
export const DEMO_FIRST_NAMES = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Mia', 'Ivy', 'Lily', 'Isabella', 'Sophia', 'Grace', 'Freya', 'Ella', 'Evie', 'Poppy', 'Florence',
  'Willow', 'Aria', 'Sienna', 'Maya', 'Zara', 'Aisha', 'Fatima', 'Amira', 'Hannah', 'Chloe', 'Jessica', 'Emily', 'Megan', 'Niamh',
  'Priya', 'Anaya', 'Chiamaka', 'Adaeze', 'Maryam', 'Layla', 'Erin', 'Caitlin', 'Rhiannon', 'Siobhan', 'Eilidh', 'Zoë', 'Precious',
  'Noah', 'Oliver', 'George', 'Arthur', 'Muhammad', 'Leo', 'Harry', 'Oscar', 'Archie', 'Henry', 'Theodore', 'Freddie', 'Jack',
  'Charlie', 'Alfie', 'Thomas', 'Jacob', 'Ethan', 'Joshua', 'Daniel', 'Samuel', 'Yusuf', 'Ibrahim', 'Omar', 'Arjun', 'Rohan', 'Kwame',
  'Tobi', 'Chinedu', 'Kai', 'Finley', 'Callum', 'Rhys', 'Dylan', 'Cian', 'Ruaridh', 'Lewis', 'Jamal', 'Mateusz', 'Jakub', 'Luca',
];

export const DEMO_LAST_NAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Patel', 'Robinson', 'Wright', 'Thompson', 'Evans',
  'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Khan', 'Hussain', 'Ali', 'Ahmed', 'Begum', 'Shah',
  'Singh', 'Kaur', 'Sharma', 'Okafor', 'Adeyemi', 'Mensah', 'Owusu', 'Okoye', 'Campbell', 'MacDonald', 'Murray', 'Stewart', 'Reid',
  "O'Brien", 'Murphy', 'Kelly', 'Byrne', 'Hughes', 'Morgan', 'Price', 'Lewis', 'Griffiths', 'Edwards', 'Kowalski', 'Nowak', 'Chen',
  'Wong', 'Nguyen', 'Rossi', 'Costa', 'Da Silva', 'Hassan', 'Abdi', 'Mohamed', 'Bailey', 'Cooper', 'Richardson', 'Cox', 'Ward',
  'Turner', 'Hill', 'Moore', 'King', 'Baker', 'Harris', 'Martin', 'Lee', 'Allen', 'Young', 'Mitchell', 'Carter', 'Phillips', 'Scott',
];

/** Towns for demo schools, surgeries, trusts and placement sites. */
export const DEMO_TOWNS = [
  'Ashford', 'Barnsley', 'Bedford', 'Blackburn', 'Bolton', 'Bradford', 'Carlisle', 'Chelmsford', 'Chester', 'Colchester', 'Coventry', 'Darlington',
  'Derby', 'Doncaster', 'Dundee', 'Exeter', 'Gateshead', 'Gloucester', 'Harrogate', 'Hereford', 'Huddersfield', 'Ipswich', 'Kendal', 'Lancaster',
  'Leicester', 'Lincoln', 'Luton', 'Middlesbrough', 'Newport', 'Northampton', 'Norwich', 'Oldham', 'Peterborough', 'Plymouth', 'Preston', 'Reading',
  'Rotherham', 'Salford', 'Sheffield', 'Shrewsbury', 'Stockport', 'Stoke', 'Sunderland', 'Swansea', 'Swindon', 'Taunton', 'Telford', 'Truro',
  'Wakefield', 'Warrington', 'Wigan', 'Wolverhampton', 'Worcester', 'Wrexham', 'York',
];
