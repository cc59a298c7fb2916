// Camera and scanner self-test sentences in English. scanning.zh-CN.ts has the same keys.

export const scanningEn = {
  'camera.open': 'Scan with camera',
  'camera.close': 'Close camera',
  'camera.starting': 'Starting the camera…',
  'camera.paused': 'Camera paused while the app is in the background',
  'camera.hint': 'Hold 1D barcodes level along the red line',
  'camera.torch': 'Light',
  'camera.pick': 'Camera',
  'camera.single': 'One scan',
  'camera.continuous': 'Keep scanning',
  'camera.typeInstead': 'Type the barcode instead',
  'camera.denied':
    'The camera is blocked for this app. Allow the camera in the browser settings, or type the barcode.',
  'camera.none': 'No camera found on this device. Type the barcode instead.',
  'camera.busy': 'Another app is using the camera. Close it and try again, or type the barcode.',
  'camera.unsupported':
    'This browser cannot use the camera here. Open the app over https, or type the barcode.',
  'camera.failed': 'The camera stopped working ({detail}). Try again, or type the barcode.',
  'camera.retry': 'Try again',
  'scannerTest.title': 'Scanner test',
  'scannerTest.intro':
    'Scan any barcode with the device scanner. This screen shows exactly what the scanner sends.',
  'scannerTest.testLabel': 'Test label: scan it from this screen with another device',
  'scannerTest.keys': 'Keys received',
  'scannerTest.noKeys': 'Nothing received yet.',
  'scannerTest.lastScan': 'Last scan',
  'scannerTest.text': 'Text',
  'scannerTest.source': 'Source',
  'scannerTest.suffix': 'Suffix',
  'scannerTest.suffixNone': 'none',
  'scannerTest.gs': 'GS (FNC1)',
  'scannerTest.gsNone': 'none seen',
  'scannerTest.aim': 'Symbology prefix',
  'scannerTest.aimNone': 'none',
  'scannerTest.timing': 'Time between characters',
  'scannerTest.timingValue': 'median {median} ms, slowest {max} ms',
  'scannerTest.via': 'Arrived as',
  'scannerTest.viaKeys': 'key events',
  'scannerTest.viaInput': 'text from the input method',
  'scannerTest.reads': 'Reads as',
  'scannerTest.clear': 'Clear',
  'scannerTest.advice': 'What to change',
  'scannerTest.ok': 'The scanner is set up well for this app.',
  'scannerTest.advice.noSuffix':
    'No Enter after the barcode: add an Enter (or Tab) suffix in the scanner settings.',
  'scannerTest.advice.slow':
    'Keys arrive too slowly ({max} ms apart): set the scanner’s inter-character delay to 0.',
  'scannerTest.advice.gsText':
    'GS arrives as text ({encoding}). It works, but sending GS as a control character is safer.',
  'scannerTest.advice.noGs':
    'This GS1 barcode arrived without GS separators: turn on GS (FNC1) transmission, or set a GS substitute character in Settings.',
  'scannerTest.advice.noAim':
    'Turn on the AIM symbology identifier (code ID) prefix, so GS1 labels are always recognised.',
  'scannerTest.advice.tabSuffix': 'A Tab suffix works; an Enter suffix is more common.',
  'scannerTest.advice.input':
    'Keys arrive through the keyboard app (Android). It works; for the fastest scans, send keys as key events.',
  'scannerTest.advice.typed': 'This was typed, not scanned.',
  'scannerTest.gsEnc.control': 'ASCII 29 (GS)',
  'scannerTest.gsEnc.key': 'a key (F8 or Ctrl+])',
  'scannerTest.gsEnc.symbol': 'the ␝ symbol',
  'scannerTest.gsEnc.angle': 'the text <GS>',
  'scannerTest.gsEnc.bracket': 'the text [GS] or {GS}',
  'scannerTest.gsEnc.caret': 'the text ^]',
  'scannerTest.gsEnc.tilde': 'the text ~1',
  'scannerTest.gsEnc.substitute': 'the substitute character from Settings',
  'settings.gsSubstitute': 'GS substitute character',
  'settings.gsSubstituteHint': 'Only if your scanners send another character in place of GS',
} as const;

export type ScanningKey = keyof typeof scanningEn;
