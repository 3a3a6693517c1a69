"""Draws the toolbar icons (a white shield on a calm blue tile) without an image library.

Run: python3 scripts/make-icons.py  -> public/icon/{16,32,48,128}.png
"""
import struct, zlib, os

def png(path, size, pixels):
    raw = b''.join(b'\x00' + bytes(pixels[y * size * 4:(y + 1) * size * 4]) for y in range(size))
    def chunk(tag, data):
        c = struct.pack('>I', len(data)) + tag + data
        return c + struct.pack('>I', zlib.crc32(tag + data) & 0xffffffff)
    with open(path, 'wb') as f:
        f.write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', size, size, 8, 6, 0, 0, 0))
                + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))

def inside_tile(x, y):
    r = 0.2
    cx = min(max(x, r), 1 - r); cy = min(max(y, r), 1 - r)
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r

def inside_shield(x, y):
    # Flat top from 0.24 to 0.76 at y=0.2, straight sides to y=0.5, then a curve to a point at y=0.84.
    if y < 0.2 or y > 0.84: return False
    half = 0.26 if y <= 0.5 else 0.26 * (1 - ((y - 0.5) / 0.34) ** 1.6)
    return abs(x - 0.5) <= half

def inside_heart_cut(x, y):
    # A small heart cut out of the shield: care, not enforcement.
    u, v = (x - 0.5) / 0.13, (0.52 - y) / 0.13
    return (u * u + v * v - 1) ** 3 - u * u * v ** 3 <= 0

def draw(size):
    ss = 4
    px = []
    for y in range(size):
        for x in range(size):
            acc = [0, 0, 0, 0]
            for sy in range(ss):
                for sx in range(ss):
                    fx, fy = (x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size
                    if not inside_tile(fx, fy): continue
                    if inside_shield(fx, fy) and not inside_heart_cut(fx, fy): c = (255, 255, 255)
                    else: c = (31, 78, 121)
                    acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255
            n = ss * ss
            a = acc[3] // n
            if a: px += [acc[0] * 255 // acc[3], acc[1] * 255 // acc[3], acc[2] * 255 // acc[3], a]
            else: px += [0, 0, 0, 0]
    return px

out = os.path.join(os.path.dirname(__file__), '..', 'public', 'icon')
os.makedirs(out, exist_ok=True)
for s in (16, 32, 48, 128):
    png(os.path.join(out, f'{s}.png'), s, draw(s))
